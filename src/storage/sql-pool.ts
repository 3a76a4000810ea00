import { setTimeout } from 'node:timers/promises';
import { Pool, type PoolClient } from 'pg';
import { logger } from '../runtime/logger';

/**
 * Connections of a hub process's pool: a pull holds one for its feed's lock and lands on up to two
 * more (see `landInOrder`; four pulls at once: 12); resolution holds one for its lock and works on
 * `HUB_RESOLVE_WORKERS` (2 by default); coverage works on one; the rest are the API's while all of
 * that runs.
 */
export const HUB_POOL_SIZE = 20;

/**
 * The pipeline stages (landing, resolution, coverage) write with plain SQL over node-postgres:
 * set-based statements over arrays (`unnest`) move thousands of rows per round trip. The API reads
 * through MikroORM.
 */
export function openSqlPool(databaseUrl: string, max = 5): Pool {
  // No JIT: the stages' statements touch thousands of rows by key, where compiling a plan (seen: a
  // third of a second) costs more than it saves; the planner offers it from cost estimates alone.
  const pool = new Pool({
    connectionString: databaseUrl,
    max,
    application_name: 'coverage-hub',
    options: '-c jit=off',
  });
  // An idle connection the server ends (a restart, or the embedded server stopping on Ctrl-C) is
  // the pool's to replace; unhandled, node-postgres's 'error' event would crash the process.
  pool.on('error', logIdleConnectionError);
  // A connection lost while checked out (the server restarting or ending it mid-transaction) emits
  // 'error' on its client, where the pool listens only while it is idle: unheard, the process would
  // crash. The query in flight fails on its own, and the work that ran it decides what next.
  pool.on('acquire', (client) => client.on('error', logCheckedOutConnectionError));
  pool.on('release', (_error, client) =>
    client.removeListener('error', logCheckedOutConnectionError),
  );
  return pool;
}

/**
 * How an idle connection's end is logged. A server shutting down (or an administrator ending the
 * session) says so with 57P01 — on Ctrl-C under `npm start` the embedded server, in the same
 * process group, gets the signal too — and that is expected, so it gets one line, no stack;
 * anything else is a warning.
 */
function logIdleConnectionError(error: Error & { code?: string }): void {
  if (error.code === ADMIN_SHUTDOWN)
    logger.info(
      { code: error.code },
      'the database server ended an idle connection (shutdown); the pool replaces it when needed',
    );
  else logger.warn({ err: error }, 'idle database connection lost');
}

function logCheckedOutConnectionError(error: Error & { code?: string }): void {
  logger.warn(
    { code: error.code, err: error },
    'database connection lost while in use; its work fails and is retried by its caller',
  );
}

/**
 * SQLSTATE admin_shutdown: the server is shutting down, or pg_terminate_backend ended the session.
 */
const ADMIN_SHUTDOWN = '57P01';

/** Runs `work` in one transaction on one connection: committed whole or not at all. */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let result: T;
  try {
    await client.query('begin');
    result = await work(client);
    await client.query('commit');
  } catch (error) {
    const rolledBack = await client.query('rollback').then(
      () => true,
      () => false,
    );
    // A connection that cannot even roll back is broken: the pool closes it instead of lending it
    // again.
    client.release(rolledBack ? undefined : (error as Error));
    throw error;
  }
  client.release();
  return result;
}

const DEADLOCK_DETECTED = '40P01';

/**
 * Runs `work` (a whole transaction) again when PostgreSQL ended it as the victim of a deadlock with
 * a parallel worker, up to `attempts` times in all; every other error passes through at once. Each
 * retry first waits a random while, longer each time, so that it does not meet the same worker at
 * the same point again.
 */
export async function retryingDeadlocks<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= attempts)
        throw error;
      await setTimeout(Math.random() * 50 * attempt);
    }
  }
}
