import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/runtime/embedded-postgres';
import { findFreePort, portAnswers } from '../../src/runtime/ports';
import { startLocalRedis } from '../../src/runtime/local-redis';

/**
 * Tests run on real PostgreSQL and Redis. Where the machine runs them (127.0.0.1:5432 and :6379, or
 * TEST_DATABASE_URL / TEST_REDIS_URL), those are used; otherwise this starts an embedded PostgreSQL
 * and a redis-server for the run, so `npm test` works on a fresh machine too.
 */
export default async function globalSetup(): Promise<void> {
  const stops: Array<() => Promise<void>> = [];
  const databaseUrl =
    process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!(await portAnswers(databaseUrl))) {
    const home = mkdtempSync(join(tmpdir(), 'hub-test-pg-'));
    const pg = await startEmbeddedPostgres(home, await findFreePort());
    process.env.TEST_DATABASE_URL = pg.url.replace(/\/hub$/, '/postgres');
    stops.push(pg.stop);
  }
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!(await portAnswers(redisUrl))) {
    const home = mkdtempSync(join(tmpdir(), 'hub-test-redis-'));
    const redis = await startLocalRedis(home, await findFreePort());
    process.env.TEST_REDIS_URL = redis.url;
    stops.push(redis.stop);
  }
  (globalThis as { __hubTestStops?: typeof stops }).__hubTestStops = stops;
}
