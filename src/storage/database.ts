import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { ormConfig } from './orm-config';

/** Opens the ORM (one pool per process). */
export async function openDatabase(databaseUrl: string): Promise<MikroORM> {
  return MikroORM.init(ormConfig(databaseUrl));
}

const MIGRATION_LOCK = 724001;

/**
 * Applies pending migrations and returns their names. The schema is never auto-synced: migrations
 * are the only writer of DDL. An advisory lock, held on a connection of its own, keeps processes
 * that start at the same moment (API replicas, workers) from racing.
 */
export async function migrateDatabase(orm: MikroORM, databaseUrl: string): Promise<string[]> {
  const lock = new Client({ connectionString: databaseUrl });
  lock.on('error', () => undefined); // a lost connection fails the migration's queries instead
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await lock.end();
  }
}
