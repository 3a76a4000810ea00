import { SOURCE_IDS } from '../model/feeds';
import {
  checkTransition,
  TransitionError,
  type FollowUpState,
  type Transition,
} from './case-states';

const allowed = (from: FollowUpState, t: Transition) => {
  try {
    checkTransition(from, t, SOURCE_IDS);
    return true;
  } catch (error) {
    if (error instanceof TransitionError) return false;
    throw error;
  }
};

describe('follow-up case states', () => {
  it('go forward through the working states, skipping allowed, never back', () => {
    expect(allowed('OPEN', { to: 'CONTACTED' })).toBe(true);
    expect(allowed('OPEN', { to: 'FOUNDING' })).toBe(true);
    expect(allowed('VISITED', { to: 'CONTACTED' })).toBe(false);
    expect(allowed('FOUNDING', { to: 'FOUNDING' })).toBe(false);
    expect(allowed('CONTACTED', { to: 'FOUNDED' })).toBe(true);
  });

  it('close with an outcome that says what it needs', () => {
    expect(allowed('OPEN', { to: 'NOT_APPLICABLE' })).toBe(false);
    expect(allowed('OPEN', { to: 'NOT_APPLICABLE', reason: 'DEREGISTERED' })).toBe(true);
    expect(allowed('OPEN', { to: 'NOT_APPLICABLE', reason: 'because' })).toBe(false);
    expect(allowed('VISITED', { to: 'DATA_ERROR', department: 'tax' })).toBe(false);
    expect(
      allowed('VISITED', { to: 'DATA_ERROR', department: 'tax', correction: '人数应为12人' }),
    ).toBe(true);
    expect(allowed('VISITED', { to: 'DATA_ERROR', department: 'nowhere', correction: 'x' })).toBe(
      false,
    );
  });

  it('reopen a closed case only to OPEN, with a note', () => {
    expect(allowed('FOUNDED', { to: 'CONTACTED' })).toBe(false);
    expect(allowed('FOUNDED', { to: 'OPEN' })).toBe(false);
    expect(allowed('FOUNDED', { to: 'OPEN', note: '名册未体现' })).toBe(true);
  });
});
