import type { Pool } from 'pg';
import { resolvePending, type ResolutionCounts } from '../../src/resolution/resolve-pending';
import { withAdvisoryLock } from '../advisory-lock';

/**
 * Resolves everything landed and not yet resolved. One resolver at a time across all workers, so
 * incremental batches never race; a second request waits, then finds little to do.
 */
export function runResolve(pool: Pool, onProgress: (counts: ResolutionCounts) => void): Promise<ResolutionCounts> {
  return withAdvisoryLock(pool, 'resolve', () => resolvePending(pool, 2000, onProgress));
}
