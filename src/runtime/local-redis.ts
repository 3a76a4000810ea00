import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import { logger } from './logger';

export interface LocalRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Thrown when the machine has no `redis-server`; its message is the one line a user needs. */
export class RedisNotInstalledError extends Error {
  constructor() {
    super(
      'redis-server was not found on PATH: install Redis (Debian/Ubuntu: `sudo apt-get ' +
        'install redis-server`, macOS: `brew install redis`) or point REDIS_URL at a running ' +
        'Redis 6.2+',
    );
  }
}

/**
 * Runs `redis-server` from PATH on a loopback port, with the eviction policy BullMQ requires
 * (`noeviction`) and an append-only file under `<home>/redis` so queued jobs survive a restart.
 */
export async function startLocalRedis(homeDir: string, port: number): Promise<LocalRedis> {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).error)
    throw new RedisNotInstalledError();
  const dir = resolve(homeDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    'redis-server',
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
      '--daemonize',
      'no',
    ],
    { stdio: 'ignore', detached: false },
  );
  // Whatever ends this process, its Redis ends with it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const url = `redis://127.0.0.1:${port}`;
  await waitForRedis(url, child);
  logger.info({ port, dir }, 'local Redis running');
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((done) => {
        process.off('exit', killOnExit);
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

async function waitForRedis(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`redis-server exited with code ${child.exitCode} on start`);
    const client = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined); // refused while the server starts: expected, retried below
    try {
      await client.connect();
      await client.ping();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
  throw new Error('redis-server did not answer within 5 s');
}
