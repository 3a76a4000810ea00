import { Client } from 'pg';
import { logger } from './logger';

/**
 * How long a starting process waits for its database before it gives up (a supervisor's job then).
 */
export const DATABASE_WAIT_MS = 300_000;

/**
 * Waits until PostgreSQL accepts a connection and answers a query: a worker restarted while its
 * database restarts (or still replays its WAL after a crash, refusing connections as "starting
 * up") waits for it, saying so every few seconds, instead of exiting. Throws the last error after
 * `timeoutMs`.
 */
export async function waitForDatabase(url: string, timeoutMs = DATABASE_WAIT_MS): Promise<void> {
  const started = Date.now();
  let lastSaid = 0;
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined); // a failure here shows in connect() or query()
    try {
      await client.connect();
      await client.query('select 1');
      if (attempt > 1) logger.info({ attempts: attempt }, 'the database answers');
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      if (Date.now() - lastSaid > 5_000) {
        lastSaid = Date.now();
        logger.warn({ err: error, attempt }, 'waiting for the database');
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * attempt)));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** SQLSTATEs and socket codes of a database that went away (restart, crash, recovery). */
const AWAY_CODES = [
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
];

/** True for an error that says the database went away, not that the work was wrong. */
export function databaseWentAway(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && AWAY_CODES.includes(e.code)) return true;
  return (
    typeof e?.message === 'string' &&
    /Connection terminated|connection timeout|ECONNREFUSED/i.test(e.message)
  );
}

/**
 * Runs `work` (a process's start-up: opening the ORM, migrating) and, when the database goes away
 * in the middle, waits for it and runs it again, within `timeoutMs` in all. `work` must be safe to
 * repeat and release what it opened when it fails.
 */
export async function whileDatabaseAway<T>(
  url: string,
  work: () => Promise<T>,
  timeoutMs = DATABASE_WAIT_MS,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    await waitForDatabase(url, timeoutMs - (Date.now() - started));
    try {
      return await work();
    } catch (error) {
      if (!databaseWentAway(error) || Date.now() - started > timeoutMs) throw error;
      logger.warn({ err: error }, 'the database went away while starting: starting again');
    }
  }
}
