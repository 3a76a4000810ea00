import { describe, expect, it } from 'vitest';
import { allowedMoves, moveNeeds, nextStep } from './case-moves';

describe('case moves', () => {
  it('goes forward through the working states and to any outcome', () => {
    expect(allowedMoves('OPEN')).toEqual([
      'CONTACTED',
      'VISITED',
      'FOUNDING',
      'FOUNDED',
      'NOT_APPLICABLE',
      'DATA_ERROR',
    ]);
    expect(allowedMoves('VISITED')).toEqual([
      'FOUNDING',
      'FOUNDED',
      'NOT_APPLICABLE',
      'DATA_ERROR',
    ]);
  });

  it('only reopens a closed case, with a note', () => {
    expect(allowedMoves('FOUNDED')).toEqual(['OPEN']);
    expect(moveNeeds('DATA_ERROR', 'OPEN')).toBe('note');
  });

  it('asks a reason for NOT_APPLICABLE and department + correction for DATA_ERROR', () => {
    expect(moveNeeds('OPEN', 'NOT_APPLICABLE')).toBe('reason');
    expect(moveNeeds('CONTACTED', 'DATA_ERROR')).toBe('dataError');
    expect(moveNeeds('OPEN', 'CONTACTED')).toBe('nothing');
  });

  it('offers the next working step', () => {
    expect(nextStep('OPEN')).toBe('CONTACTED');
    expect(nextStep('FOUNDING')).toBe('FOUNDED');
    expect(nextStep('NOT_APPLICABLE')).toBeNull();
  });
});
