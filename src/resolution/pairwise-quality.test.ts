import { pairwiseQuality } from './pairwise-quality';

describe('pairwise quality', () => {
  it('is perfect for the true clustering', () => {
    const q = pairwiseQuality([
      { predicted: 'a', truth: 'X' },
      { predicted: 'a', truth: 'X' },
      { predicted: 'b', truth: 'Y' },
    ]);
    expect(q).toMatchObject({ precision: 1, recall: 1, truePairs: 1, correctPairs: 1 });
  });
  it('charges a false merge to precision and a missed merge to recall', () => {
    const falseMerge = pairwiseQuality([
      { predicted: 'a', truth: 'X' },
      { predicted: 'a', truth: 'Y' },
      { predicted: 'a', truth: 'Y' },
    ]);
    expect(falseMerge.precision).toBeCloseTo(1 / 3);
    expect(falseMerge.recall).toBe(1);
    const missed = pairwiseQuality([
      { predicted: 'a', truth: 'X' },
      { predicted: 'b', truth: 'X' },
      { predicted: 'c', truth: 'X' },
    ]);
    expect(missed).toMatchObject({ precision: 1, recall: 0, truePairs: 3 });
  });
});
