/** Pairwise precision and recall of a clustering against the truth (entity-resolution quality). */
export interface PairwiseQuality {
  records: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Every record carries its predicted cluster and its true cluster; a pair of records is predicted
 * (same predicted cluster), true (same true cluster), correct (both). Computed from cluster sizes,
 * so it is linear in the number of records. With no predicted (true) pairs, precision (recall) is
 * 1.
 */
export function pairwiseQuality(
  assignments: Iterable<{ predicted: string; truth: string }>,
): PairwiseQuality {
  const predicted = new Map<string, number>();
  const truth = new Map<string, number>();
  const both = new Map<string, number>();
  let records = 0;
  for (const { predicted: p, truth: t } of assignments) {
    records++;
    predicted.set(p, (predicted.get(p) ?? 0) + 1);
    truth.set(t, (truth.get(t) ?? 0) + 1);
    const cell = `${p}\u0000${t}`;
    both.set(cell, (both.get(cell) ?? 0) + 1);
  }
  const sum = (sizes: Map<string, number>) =>
    [...sizes.values()].reduce((total, n) => total + pairs(n), 0);
  const predictedPairs = sum(predicted);
  const truePairs = sum(truth);
  const correctPairs = sum(both);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  return {
    records,
    truePairs,
    predictedPairs,
    correctPairs,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
