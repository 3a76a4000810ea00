import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { loadHubConfig, type FeedConfig, type HubConfig } from '../src/config/hub-config';
import type { SourceId } from '../src/model/feeds';
import { logger } from '../src/runtime/logger';
import { ensureServices, type Services } from '../src/runtime/local-services';
import { whileDatabaseAway } from '../src/runtime/wait-for-database';
import { migrateDatabase, openDatabase } from '../src/storage/database';
import { HUB_POOL_SIZE, openSqlPool } from '../src/storage/sql-pool';
import { startFeedSandbox, type FeedSandbox } from './feed-sandbox';

/** Everything a hub process runs on: configuration, database, Redis, and the feeds it pulls. */
export interface HubRuntime {
  config: HubConfig;
  services: Services;
  orm: MikroORM;
  pool: Pool;
  feeds: Record<SourceId, FeedConfig>;
  sandbox?: FeedSandbox;
  /** Migrations this process applied on opening. */
  applied: string[];
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Apply pending migrations (roles that may start first do; the rest only check). */
  migrate: boolean;
  /** Serve the feeds nobody configured from the sandbox registries (where pulls run). */
  sandbox: boolean;
}

/**
 * Opens the hub: configuration from the environment, PostgreSQL and Redis (embedded when not
 * configured), the schema migrated, and the sandbox registries for feeds nobody configured.
 */
export async function openHubRuntime(options: RuntimeOptions): Promise<HubRuntime> {
  const config = loadHubConfig();
  const services = await ensureServices(config);
  const closers: Array<() => Promise<unknown>> = [() => services.stop()];
  try {
    const { orm, applied } = await whileDatabaseAway(services.databaseUrl, () =>
      openSchema(services.databaseUrl, options.migrate),
    );
    closers.unshift(() => orm.close());
    const pool = openSqlPool(services.databaseUrl, HUB_POOL_SIZE);
    closers.unshift(() => pool.end());
    let feeds = config.feeds;
    let sandbox: FeedSandbox | undefined;
    if (options.sandbox && Object.values(config.feeds).some((feed) => feed.sandbox)) {
      sandbox = await startFeedSandbox(config);
      closers.unshift(() => sandbox!.close());
      feeds = sandbox.fill(config.feeds);
    }
    return {
      config,
      services,
      orm,
      pool,
      feeds,
      sandbox,
      applied,
      close: async () => {
        for (const close of closers)
          await close().catch((error) => logger.warn({ err: error }, 'error while closing'));
      },
    };
  } catch (error) {
    for (const close of closers) await close().catch(() => undefined);
    throw error;
  }
}

/** The ORM opened on a migrated schema (migrating first when asked); closed again on failure. */
async function openSchema(
  databaseUrl: string,
  migrate: boolean,
): Promise<{ orm: MikroORM; applied: string[] }> {
  const orm = await openDatabase(databaseUrl);
  try {
    let applied: string[] = [];
    if (migrate) {
      applied = await migrateDatabase(orm, databaseUrl);
      if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    } else {
      await assertMigrated(orm);
    }
    return { orm, applied };
  } catch (error) {
    await orm.close().catch(() => undefined);
    throw error;
  }
}

async function assertMigrated(orm: MikroORM): Promise<void> {
  const pending = await orm.getMigrator().getPendingMigrations();
  if (pending.length > 0) {
    throw new Error(`the database lacks ${pending.length} migration(s): run \`hub migrate\` first`);
  }
}
