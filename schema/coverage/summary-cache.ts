import type { Pool } from 'pg';
import type { CoverageSummary } from './coverage-summary.type';

const CAPACITY = 256;

/**
 * Current coverage summaries per (rule set, filter), kept until the rule set's rollup is rebuilt:
 * every request reads the rollup's refresh time (one primary-key lookup) and reuses the summary
 * computed for that version. Per process; replicas each keep their own.
 */
export class SummaryCache {
  private readonly entries = new Map<string, CoverageSummary>();

  async get(pool: Pool, ruleSet: string, filter: unknown, compute: () => Promise<CoverageSummary>): Promise<CoverageSummary> {
    const state = await pool.query<{ refreshed_at: Date }>('select refreshed_at from coverage_rollup_state where rule_set = $1', [ruleSet]);
    const version = state.rows[0]?.refreshed_at.toISOString() ?? 'never';
    const key = `${ruleSet}|${version}|${JSON.stringify(filter ?? null)}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key); // most recently used goes last
      this.entries.set(key, cached);
      return cached;
    }
    const summary = await compute();
    this.entries.set(key, summary);
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value!);
    return summary;
  }
}

/** The API process's cache. */
export const summaryCache = new SummaryCache();
