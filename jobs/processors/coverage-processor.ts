import type { Pool } from 'pg';
import { runCoverage, type CoverageRunCounts } from '../../src/coverage-stage/run-coverage';
import { withAdvisoryLock } from '../advisory-lock';

/** Re-evaluates coverage for what resolution changed; one evaluator at a time hub-wide. */
export function runCoverageStage(pool: Pool, onProgress: (counts: CoverageRunCounts) => void): Promise<CoverageRunCounts> {
  return withAdvisoryLock(pool, 'coverage', () => runCoverage(pool, { onChunk: onProgress }));
}
