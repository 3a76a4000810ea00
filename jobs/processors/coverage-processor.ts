import type { Pool } from 'pg';
import { runCoverage, type CoverageRunCounts } from '../../src/coverage-stage/run-coverage';
import { withAdvisoryLock } from '../advisory-lock';
import { analyzeGrownTables, vacuumTables } from '../../src/storage/planner-statistics';
import { BULK_RECORDS } from '../../src/resolution/resolve-pending';

/** Re-evaluates coverage for what resolution changed; one evaluator at a time hub-wide. */
export function runCoverageStage(pool: Pool, onProgress: (counts: CoverageRunCounts) => void): Promise<CoverageRunCounts> {
  return withAdvisoryLock(pool, 'coverage', async () => {
    const counts = await runCoverage(pool, { onChunk: onProgress });
    if (counts.organizations >= BULK_RECORDS) {
      await vacuumTables(pool, ['coverage_dirty']);
      await analyzeGrownTables(pool, ['coverage_fact', 'coverage_rollup'], BULK_RECORDS);
    }
    return counts;
  });
}
