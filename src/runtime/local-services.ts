import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { HubConfig } from '../config/hub-config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { findFreePort, portAnswers } from './ports';
import { startLocalRedis } from './local-redis';

/** Connection URLs the hub runs with, and how to stop what this process started. */
export interface Services {
  databaseUrl: string;
  redisUrl: string;
  /** True when this process started an embedded PostgreSQL or Redis (it stops them on exit). */
  ownsLocal: boolean;
  stop(): Promise<void>;
}

interface RuntimeFile {
  pid: number;
  databaseUrl?: string;
  redisUrl?: string;
}

/**
 * Resolves PostgreSQL and Redis. Configured URLs are used as given. Without them, a process that
 * already runs embedded services for this home folder (`npm start`) is reused, so `npx hub sync`
 * in a second terminal talks to the same hub; otherwise this process starts its own.
 */
export async function ensureServices(config: HubConfig): Promise<Services> {
  if (config.databaseUrl && config.redisUrl) {
    return {
      databaseUrl: config.databaseUrl,
      redisUrl: config.redisUrl,
      ownsLocal: false,
      stop: async () => {},
    };
  }
  const runtimePath = resolve(config.homeDir, 'services.json');
  const running = await readLiveRuntime(runtimePath);
  const stops: Array<() => Promise<void>> = [];
  let databaseUrl = config.databaseUrl ?? running?.databaseUrl;
  let redisUrl = config.redisUrl ?? running?.redisUrl;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres(config.homeDir, await findFreePort());
    databaseUrl = pg.url;
    stops.push(pg.stop);
  }
  if (!redisUrl) {
    const redis = await startLocalRedis(config.homeDir, await findFreePort());
    redisUrl = redis.url;
    stops.push(redis.stop);
  }
  if (stops.length > 0) {
    mkdirSync(resolve(config.homeDir), { recursive: true });
    const file: RuntimeFile = {
      pid: process.pid,
      databaseUrl: config.databaseUrl ? undefined : databaseUrl,
      redisUrl: config.redisUrl ? undefined : redisUrl,
    };
    writeFileSync(runtimePath, JSON.stringify(file, null, 2));
  }
  return {
    databaseUrl,
    redisUrl,
    ownsLocal: stops.length > 0,
    stop: async () => {
      if (stops.length > 0) rmSync(runtimePath, { force: true });
      for (const stop of stops.reverse()) await stop();
    },
  };
}

async function readLiveRuntime(path: string): Promise<RuntimeFile | undefined> {
  if (!existsSync(path)) return undefined;
  let file: RuntimeFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as RuntimeFile;
    process.kill(file.pid, 0);
  } catch {
    return undefined; // stale: the process that wrote it is gone
  }
  const urls = [file.databaseUrl, file.redisUrl].filter((u): u is string => !!u);
  const alive = await Promise.all(urls.map(portAnswers));
  return alive.every(Boolean) ? file : undefined;
}
