import type { ComparisonVector } from './comparison';
import { DEFAULT_MODEL, matchWeight, type MatchResult } from './fellegi-sunter';
import { decideMatch, DEFAULT_LINK_THRESHOLDS } from './link-decision';

const NOTHING: ComparisonVector = {
  name: 'missing',
  branch: 'none',
  division: 'missing',
  legalRep: 'missing',
  address: 'missing',
  industry: 'missing',
  identifier: 'missing',
  nameCore: null,
};

function result(
  weight: number,
  probability: number,
  levels: Partial<Record<'name' | 'identifier', string>> = { name: 'exact' },
): MatchResult {
  return {
    weight,
    probability,
    veto: null,
    fields: [
      { field: 'name', level: levels.name ?? 'exact', weight },
      { field: 'identifier', level: levels.identifier ?? 'missing', weight: 0 },
    ],
  };
}

describe('decideMatch', () => {
  it('links at 12 bits or probability 0.999, reviews from 4 bits', () => {
    expect(DEFAULT_LINK_THRESHOLDS).toEqual({
      autoLinkWeight: 12,
      autoLinkProbability: 0.999,
      reviewWeight: 4,
    });
    expect(decideMatch(result(12, 0.99))).toBe('link');
    expect(decideMatch(result(9, 0.9995))).toBe('link');
    expect(decideMatch(result(11.9, 0.998))).toBe('review');
    expect(decideMatch(result(4, 0.5))).toBe('review');
    expect(decideMatch(result(3.9, 0.5))).toBe('no-link');
    expect(
      decideMatch(result(11.9, 0.9995), { ...DEFAULT_LINK_THRESHOLDS, autoLinkProbability: 1 }),
    ).toBe('review');
  });

  it('never links a vetoed pair, whatever its weight', () => {
    const vetoed = matchWeight(
      {
        ...NOTHING,
        name: 'exact',
        branch: 'different',
        legalRep: 'exact',
        division: 'same-county',
      },
      DEFAULT_MODEL,
    );
    expect(vetoed.weight).toBeGreaterThan(12);
    expect(decideMatch(vetoed)).toBe('no-link');
    expect(
      decideMatch(
        matchWeight({ ...NOTHING, name: 'exact', identifier: 'conflicting-uscc' }, DEFAULT_MODEL),
      ),
    ).toBe('no-link');
  });

  it('links a shared USCC or organization code as identity, even under a changed name', () => {
    expect(
      decideMatch(
        matchWeight({ ...NOTHING, name: 'different', identifier: 'same-uscc' }, DEFAULT_MODEL),
      ),
    ).toBe('link');
    expect(
      decideMatch(
        matchWeight(
          { ...NOTHING, name: 'different', identifier: 'same-organization-code' },
          DEFAULT_MODEL,
        ),
      ),
    ).toBe('link');
  });

  it('sends a pair whose names disagree to review at most: attributes alone never merge', () => {
    // One person represents several companies of a county: same person, same place, other name.
    const samePerson = matchWeight(
      {
        ...NOTHING,
        name: 'different',
        legalRep: 'exact',
        division: 'same-county',
        address: 'close',
        industry: 'same-class',
      },
      DEFAULT_MODEL,
    );
    expect(decideMatch(samePerson)).toBe('review');
    expect(decideMatch(result(20, 1, { name: 'different' }))).toBe('review');
    expect(decideMatch(result(20, 1, { name: 'missing' }))).toBe('review');
    expect(decideMatch(result(20, 1, { name: 'close' }))).toBe('link');
  });
});
