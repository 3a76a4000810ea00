/**
 * Term-frequency adjustment (词频调整) of name agreement: two records both called
 * 某某超市 say less than two records both called 秦川机床工具集团, because many
 * organizations share the first core.
 */

/** How often each name core occurs among all profiles (count each organization once). */
export interface TermFrequencyTable {
  counts: ReadonlyMap<string, number>;
  total: number;
  /**
   * Σ f(v)² over cores: the frequency of the core two randomly agreeing profiles share,
   * i.e. the frequency the model's u for name agreement already assumes.
   */
  typicalFrequency: number;
}

/**
 * Counts name cores. Empty cores are skipped.
 *
 * @param cores - one core per organization (or per profile)
 */
export function buildTermFrequencyTable(cores: Iterable<string>): TermFrequencyTable {
  const counts = new Map<string, number>();
  let total = 0;
  for (const core of cores) {
    if (core === '') continue;
    counts.set(core, (counts.get(core) ?? 0) + 1);
    total++;
  }
  let sumOfSquares = 0;
  for (const count of counts.values()) sumOfSquares += count * count;
  return { counts, total, typicalFrequency: total === 0 ? 0 : sumOfSquares / (total * total) };
}

/**
 * Weight adjustment (bits, ≤ 0) of an exact or core-exact name agreement on `core`.
 *
 * The random-pair u of agreeing on value v is its frequency f(v) = count/total. The
 * model's u is estimated on blocked candidate pairs, a different scale, so the frequency
 * is applied relative to the frequency that u already assumes: u_v = u · f(v) / Σ f(w)².
 * Rare cores are not boosted above the model's weight (the ratio is floored at 1): the
 * adjustment only ever makes common names weigh less, which protects precision.
 *
 * @param core - the shared name core
 * @param table - from {@link buildTermFrequencyTable}
 * @returns −log2(max(1, f(core) / typical)); 0 for an unknown core or an empty table
 */
export function termFrequencyAdjustment(core: string, table: TermFrequencyTable): number {
  const count = table.counts.get(core);
  if (count === undefined || table.total === 0 || table.typicalFrequency === 0) return 0;
  const ratio = count / table.total / table.typicalFrequency;
  return ratio > 1 ? -Math.log2(ratio) : 0;
}
