import { planMerges, type MergeVote } from './merge-plan';

const vote = (floating: string, target: string, weight = 20): MergeVote => ({
  floating,
  target,
  weight,
  evidence: { record: `${floating}->${target}` },
});

describe('planMerges', () => {
  it('merges a floating organization into its target under the older id', () => {
    const steps = planMerges([vote('7', '12')]);
    expect(steps).toEqual([
      { survivor: '7', retired: '12', evidence: { votes: [{ record: '7->12' }] } },
    ]);
  });

  it('follows only the strongest vote of each floating organization', () => {
    const steps = planMerges([vote('30', '10', 14), vote('30', '20', 25)]);
    expect(steps.map((s) => [s.survivor, s.retired])).toEqual([['20', '30']]);
  });

  it('breaks a tie of weights towards the older target', () => {
    const steps = planMerges([vote('30', '20', 14), vote('30', '10', 14)]);
    expect(steps.map((s) => [s.survivor, s.retired])).toEqual([['10', '30']]);
  });

  it('joins chains of floating organizations into one, whatever the votes order', () => {
    const votes = [vote('5', '9'), vote('9', '40'), vote('41', '40'), vote('100', '100')];
    const expected = [
      ['5', '9'],
      ['5', '40'],
      ['5', '41'],
    ];
    expect(planMerges(votes).map((s) => [s.survivor, s.retired])).toEqual(expected);
    expect(planMerges([...votes].reverse()).map((s) => [s.survivor, s.retired])).toEqual(expected);
  });

  it('compares ids as numbers, not as text', () => {
    expect(planMerges([vote('100', '99')]).map((s) => s.survivor)).toEqual(['99']);
  });
});
