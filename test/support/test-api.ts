import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { OPEN_ACCESS, type AuthConfig } from '../../src/access/auth-config';
import { loadHubConfig } from '../../src/config/hub-config';
import { openDatabase } from '../../src/storage/database';
import { openSqlPool } from '../../src/storage/sql-pool';
import { startApiServer, type ApiServer } from '../../schema/server/api-server';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A test file's own database, pool, ORM and API server (`auth`: open unless a test says). */
export interface TestApi {
  db: TestDatabase;
  pool: Pool;
  orm: MikroORM;
  api: ApiServer;
  close(): Promise<void>;
}

export async function startTestApi(auth: AuthConfig = OPEN_ACCESS): Promise<TestApi> {
  const db = await createTestDatabase();
  const pool = openSqlPool(db.url);
  const orm = await openDatabase(db.url);
  const api = await startApiServer({
    auth,
    orm,
    pool,
    feeds: loadHubConfig({}).feeds,
    port: 0,
    host: '127.0.0.1',
  });
  return {
    db,
    pool,
    orm,
    api,
    close: async () => {
      await api.close();
      await orm.close();
      await pool.end();
      await db.drop();
    },
  };
}

/** Keys mode as production runs it, without rate limits or cached key lookups. */
export const KEYS_ACCESS: AuthConfig = { ...OPEN_ACCESS, mode: 'keys', keyCacheMs: 0 };
