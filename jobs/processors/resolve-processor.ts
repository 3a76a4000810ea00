import type { Pool } from 'pg';
import { resolvePending, type ResolutionCounts } from '../../src/resolution/resolve-pending';
import { withAdvisoryLock } from '../advisory-lock';

/**
 * Resolves everything landed and not yet resolved. One resolver at a time across all workers, so
 * incremental batches never race; a second request waits, then finds little to do.
 */
export function runResolve(pool: Pool, onProgress: (counts: ResolutionCounts) => void): Promise<ResolutionCounts> {
  return withAdvisoryLock(pool, 'resolve', async () => {
    const counts = await resolvePending(pool, 2000, onProgress);
    // After a bulk load the planner's statistics are stale until autovacuum catches up: refresh them now.
    if (counts.records >= BULK_RECORDS) {
      await pool.query('analyze source_record, record_link, organization, organization_attribute, organization_identifier, organization_profile, blocking_key, coverage_edge');
    }
    return counts;
  });
}

/** Records in one run from which the statistics of the graph's tables are refreshed. */
export const BULK_RECORDS = 10_000;
