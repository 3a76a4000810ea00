import { createHash } from 'node:crypto';
import type { Pool } from 'pg';

/** A stable 63-bit PostgreSQL advisory-lock key for a name (e.g. `pull:tax`, `resolve`). */
export function lockKey(name: string): string {
  return BigInt.asIntN(
    64,
    BigInt('0x' + createHash('sha256').update(`coverage-hub:${name}`).digest('hex').slice(0, 16)),
  ).toString();
}

/**
 * Runs `work` while holding a session advisory lock on a connection of its own: one holder of the
 * name at a time across every worker process; others wait their turn.
 */
export async function withAdvisoryLock<T>(
  pool: Pool,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  const lock = await pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [lockKey(name)]);
    return await work();
  } finally {
    await lock.query('select pg_advisory_unlock_all()').catch(() => undefined);
    lock.release();
  }
}
