import type { MikroORM } from '@mikro-orm/postgresql';
import { serverAudits } from 'graphql-http';
import type { Pool } from 'pg';
import { createApiKey } from '../../src/access/api-key-store';
import type { AuthConfig } from '../../src/access/auth-config';
import { loadHubConfig } from '../../src/config/hub-config';
import { openDatabase } from '../../src/storage/database';
import { openSqlPool } from '../../src/storage/sql-pool';
import { startApiServer, type ApiServer } from '../../schema/server/api-server';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const KEYS: AuthConfig = {
  mode: 'keys',
  keyCacheMs: 5000,
  rateLimitPerMinute: 0,
  corsOrigins: [],
  maxBodyBytes: 1_048_576,
};

/** The GraphQL over HTTP audits of graphql-http, run against the hub as a key holder calls it. */
describe('GraphQL over HTTP conformance', () => {
  let db: TestDatabase;
  let pool: Pool;
  let orm: MikroORM;
  let api: ApiServer;
  let key: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openSqlPool(db.url);
    orm = await openDatabase(db.url);
    key = (await createApiKey(pool, { role: 'analyst', createdBy: 'test' })).key;
    api = await startApiServer({
      auth: KEYS,
      orm,
      pool,
      feeds: loadHubConfig({}).feeds,
      port: 0,
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await api.close();
    await orm.close();
    await pool.end();
    await db.drop();
  });

  it('passes every audit: no warning, no error', async () => {
    const audits = serverAudits({
      url: api.url,
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        fetch(input, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${key}` },
        }),
    });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failing = results
      .filter((r) => r.status !== 'ok' && r.status !== 'notice')
      .map((r) => `${r.status} ${r.name}${'reason' in r ? `: ${r.reason}` : ''}`);
    expect(failing).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });
});
