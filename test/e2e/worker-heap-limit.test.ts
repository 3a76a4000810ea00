import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/project-root';
import {
  createTestDatabase,
  testQueuePrefix,
  TEST_REDIS_URL,
  type TestDatabase,
} from '../support/test-database';

/**
 * `hub worker` as operators run it (the built CLI): it bounds its own heap and still ends cleanly
 * on SIGTERM.
 */
describe('hub worker heap bound', () => {
  const cli = join(projectRoot(), 'dist', 'bin', 'hub.js');
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });
  const env = (extra: Record<string, string>) => ({
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    LOG_LEVEL: 'info',
    HUB_SANDBOX_ORGS: '10',
    HUB_QUEUE_PREFIX: testQueuePrefix(),
    HUB_HOME: mkdtempSync(join(tmpdir(), 'hub-home-')),
    ...extra,
  });

  it('runs its workers in a child Node with HUB_WORKER_HEAP_MB of old space and HUB_WORKER_SEMI_SPACE_MB semi-spaces, and exits 0 after SIGTERM', async () => {
    expect(existsSync(cli) ? cli : 'dist/bin/hub.js is missing: run `npm run build`').toBe(cli);
    const migrated = spawnSync(process.execPath, [cli, 'migrate'], {
      env: env({}),
      encoding: 'utf8',
    });
    expect(migrated.status).toBe(0);
    const parent = spawn(process.execPath, [cli, 'worker'], {
      env: env({ HUB_WORKER_HEAP_MB: '200', HUB_WORKER_SEMI_SPACE_MB: '32' }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const running = await new Promise<{ pid: number; heapLimitMb: number }>((resolve, reject) => {
        let text = '';
        parent.stderr!.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          for (const line of text.split('\n')) {
            if (line.includes('"workers running"'))
              resolve(JSON.parse(line) as { pid: number; heapLimitMb: number });
          }
        });
        parent.once('exit', (code) =>
          reject(new Error(`hub worker exited early with code ${code}: ${text}`)),
        );
      });
      // The workers run in another process than the one started, bounded: old space plus a young
      // generation of three semi-spaces (V8 counts both in the limit).
      expect(running.pid).not.toBe(parent.pid);
      expect(running.heapLimitMb).toBe(200 + 3 * 32);
      const exited = new Promise<number | null>((resolve) =>
        parent.once('exit', (code) => resolve(code)),
      );
      parent.kill('SIGTERM');
      expect(
        await Promise.race([
          exited,
          new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 20_000).unref()),
        ]),
      ).toBe(0);
      expect(() => process.kill(running.pid, 0)).toThrow(); // the child is gone too
    } finally {
      if (parent.exitCode === null) parent.kill('SIGKILL');
    }
  }, 60_000);

  it('refuses a bound it cannot run with, naming the variable', () => {
    const result = spawnSync(process.execPath, [cli, 'worker'], {
      env: env({ HUB_WORKER_HEAP_MB: '64' }),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('HUB_WORKER_HEAP_MB');
    const young = spawnSync(process.execPath, [cli, 'worker'], {
      env: env({ HUB_WORKER_SEMI_SPACE_MB: '1024' }),
      encoding: 'utf8',
    });
    expect(young.status).toBe(1);
    expect(young.stderr).toContain('HUB_WORKER_SEMI_SPACE_MB');
  });
});
