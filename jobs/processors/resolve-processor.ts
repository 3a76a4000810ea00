import type { Pool } from 'pg';
import { resolvePending, type ResolutionCounts } from '../../src/resolution/resolve-pending';
import { lockKey } from '../advisory-lock';

/**
 * Resolves everything landed and not yet resolved. One resolver at a time across all workers (an
 * advisory lock), so incremental batches never race; a second request waits, then finds little to do.
 */
export async function runResolve(pool: Pool, onProgress: (counts: ResolutionCounts) => void): Promise<ResolutionCounts> {
  const lock = await pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [lockKey('resolve')]);
    return await resolvePending(pool, 2000, onProgress);
  } finally {
    await lock.query('select pg_advisory_unlock_all()').catch(() => undefined);
    lock.release();
  }
}
