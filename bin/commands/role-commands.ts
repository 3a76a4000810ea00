import { getHeapStatistics } from 'node:v8';
import { HubWorkers } from '../../jobs/hub-workers';
import { upsertSyncSchedulers } from '../../jobs/job-schedulers';
import { HubQueues } from '../../jobs/sync-flow';
import { loadHubConfig } from '../../src/config/hub-config';
import { SOURCE_IDS } from '../../src/model/feeds';
import { logger } from '../../src/runtime/logger';
import { shutdownSignal } from '../../src/runtime/shutdown-signal';
import { startApiServer } from '../../schema/server/api-server';
import { openHubRuntime, type HubRuntime } from '../hub-runtime';

export interface Roles {
  api: boolean;
  workers: boolean;
  scheduler: boolean;
}

/**
 * Runs the chosen roles in this process until SIGINT / SIGTERM. `hub start` runs all three (plus
 * a first sync when the hub has never synced); `hub serve`, `hub worker`, `hub scheduler` one each,
 * for scale-out: any number of API replicas and workers, exactly one scheduler.
 */
export async function runRoles(
  roles: Roles,
  options: { migrate: boolean; firstSync: boolean },
): Promise<void> {
  // Listening from the start: a signal while the roles start up still ends them cleanly.
  const stopRequested = shutdownSignal();
  if (roles.api && loadHubConfig().auth.mode === 'open')
    process.stdout.write(
      'OPEN ACCESS: no authentication (embedded sandbox); the API listens on 127.0.0.1 only. ' +
        'Set HUB_AUTH=keys (the default with DATABASE_URL) and make keys with `hub keys create`.\n',
    );
  const runtime = await openHubRuntime({ migrate: options.migrate, sandbox: roles.workers });
  const queues = new HubQueues(runtime.services.redisUrl, runtime.config.queuePrefix);
  const stops: Array<() => Promise<void>> = [];
  if (roles.workers) {
    const workers = new HubWorkers({
      pool: runtime.pool,
      redisUrl: runtime.services.redisUrl,
      prefix: queues.prefix,
      feeds: runtime.feeds,
      queues,
      resolveWorkers: runtime.config.resolveWorkers,
    });
    await workers.waitUntilReady();
    stops.push(() => workers.close());
    logger.info(
      { heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20) },
      'workers running',
    );
  }
  if (roles.scheduler) {
    const schedules = await upsertSyncSchedulers(queues.schedule);
    logger.info({ schedules }, 'job schedulers upserted');
  }
  if (roles.api) {
    const api = await startApiServer({
      orm: runtime.orm,
      pool: runtime.pool,
      feeds: runtime.feeds,
      port: runtime.config.port,
      auth: runtime.config.auth,
      redisUrl: runtime.services.redisUrl,
      redisPrefix: runtime.config.queuePrefix,
    });
    stops.unshift(() => api.close());
    process.stdout.write(`GraphQL API and explorer: ${api.url}\n`);
  }
  if (options.firstSync) await startFirstSync(runtime, queues);
  await stopRequested;
  logger.info('shutting down');
  for (const stop of stops)
    await stop().catch((error) => logger.warn({ err: error }, 'error while stopping'));
  await queues.close();
  await runtime.close();
}

/** A newcomer's first `npm start` shows data at once: sync every feed when nothing was ever synced. */
async function startFirstSync(runtime: HubRuntime, queues: HubQueues): Promise<void> {
  const runs = await runtime.pool.query('select 1 from sync_run limit 1');
  if (runs.rowCount) return;
  const sources = SOURCE_IDS;
  await queues.addSyncFlow(sources, false, 'first-start');
  process.stdout.write(`first start: syncing ${sources.join(', ')} in the background\n`);
}

/** `hub migrate`: applies pending migrations and exits. */
export async function migrateCommand(): Promise<void> {
  const runtime = await openHubRuntime({ migrate: true, sandbox: false });
  process.stdout.write(
    runtime.applied.length
      ? `applied: ${runtime.applied.join(', ')}\n`
      : 'the schema is up to date\n',
  );
  await runtime.close();
}
