import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey } from '../../src/access/api-key-store';
import { projectRoot } from '../../src/config/project-root';
import { openSqlPool } from '../../src/storage/sql-pool';
import {
  createTestDatabase,
  testQueuePrefix,
  TEST_REDIS_URL,
  type TestDatabase,
} from '../support/test-database';

/**
 * `hub serve` as operators run it (the built CLI, `npm ci` builds it): SIGTERM must end it cleanly.
 */
describe('hub serve shutdown', () => {
  let db: TestDatabase;
  let key: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    // With a DATABASE_URL the API requires a key, as in production.
    const pool = openSqlPool(db.url, 1);
    key = (await createApiKey(pool, { role: 'analyst', createdBy: 'test' })).key;
    await pool.end();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('answers, then exits with code 0 soon after SIGTERM', async () => {
    const cli = join(projectRoot(), 'dist', 'bin', 'hub.js');
    expect(existsSync(cli) ? cli : 'dist/bin/hub.js is missing: run `npm run build`').toBe(cli);
    const child = spawn(process.execPath, [cli, 'serve'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        REDIS_URL: TEST_REDIS_URL,
        PORT: '0',
        LOG_LEVEL: 'warn',
        HUB_QUEUE_PREFIX: testQueuePrefix(),
        HUB_HOME: mkdtempSync(join(tmpdir(), 'hub-home-')),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => {
          const found = /GraphQL API and explorer: (\S+)/.exec(chunk.toString());
          if (found) resolve(found[1]);
        });
        child.once('exit', (code) => reject(new Error(`hub serve exited early with code ${code}`)));
      });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ coverage { inScope } }' }),
      });
      expect(response.status).toBe(200);
      const exited = new Promise<number | null>((resolve) =>
        child.once('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      // A hang (seen: Apollo's own signal handlers, active outside NODE_ENV=test, racing the hub's
      // shutdown) shows as 'hung'.
      expect(
        await Promise.race([
          exited,
          new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 20_000).unref()),
        ]),
      ).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
