import type { Pool } from 'pg';
import { runCoverage, type CoverageRunCounts } from '../../src/coverage-stage/run-coverage';
import { withAdvisoryLock } from '../advisory-lock';
import { analyzeGrownTables, vacuumChurnedTables } from '../../src/storage/planner-statistics';
import { BULK_RECORDS } from '../../src/resolution/resolve-pending';

/**
 * Re-evaluates coverage for what resolution changed; one evaluator at a time hub-wide. Coverage is
 * the last stage of every sync, so once its results are readable (and its lock released) it clears
 * the dead row versions the sync's stages left in bulk (see {@link vacuumChurnedTables}).
 */
export async function runCoverageStage(
  pool: Pool,
  onProgress: (counts: CoverageRunCounts) => void,
): Promise<CoverageRunCounts> {
  const counts = await withAdvisoryLock(pool, 'coverage', async () => {
    const evaluated = await runCoverage(pool, { onChunk: onProgress });
    if (evaluated.organizations >= BULK_RECORDS)
      await analyzeGrownTables(pool, ['coverage_fact', 'coverage_rollup'], BULK_RECORDS);
    return evaluated;
  });
  await vacuumChurnedTables(pool, CHURNING_TABLES, BULK_RECORDS);
  return counts;
}

/**
 * Tables whose rows a sync rewrites or deletes, rather than only adds (source_record is
 * append-only).
 */
const CHURNING_TABLES = [
  'current_record',
  'resolution_queue',
  'organization',
  'organization_identifier',
  'organization_profile',
  'record_link',
  'blocking_key',
  'golden_dirty',
  'coverage_dirty',
  'coverage_edge',
  'coverage_fact',
  'coverage_rollup',
];
