import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { openSqlPool } from '../../src/storage/sql-pool';
import { migrateDatabase, openDatabase } from '../../src/storage/database';

/** The server tests create their databases on (trust auth on this machine and on CI). */
export const TEST_SERVER_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file, dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `hub_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await admin(`create database "${name}"`);
  const url = withDatabase(TEST_SERVER_URL, name);
  const orm: MikroORM = await openDatabase(url);
  try {
    await migrateDatabase(orm, url);
  } finally {
    await orm.close();
  }
  return { url, name, drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

/** A key prefix of its own for one test file's BullMQ queues. */
export function testQueuePrefix(): string {
  return `hub-test-${randomBytes(4).toString('hex')}`;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A migrated database and a pool on it for the tests of one `describe` block: created before
 * them, dropped after them. Read `pool` inside tests (it is set in `beforeAll`).
 */
export function useTestDatabase(): { readonly pool: Pool; readonly url: string } {
  let db: TestDatabase;
  const state = {} as { pool: Pool; url: string };
  beforeAll(async () => {
    db = await createTestDatabase();
    state.url = db.url;
    state.pool = openSqlPool(db.url);
  });
  afterAll(async () => {
    await state.pool.end();
    await db.drop();
  });
  return state;
}

/**
 * {@link useTestDatabase} plus a second connection, `writer`, for tests of rules that read the
 * server's activity counters (`pg_stat_user_tables`): a backend reports its writes only when idle
 * or forced, so
 * `writeAndReport` runs SQL on the writer and forces the report.
 */
export function useTestDatabaseWithWriter(): {
  readonly pool: Pool;
  readonly url: string;
  readonly writer: Client;
  writeAndReport(sql: string, values?: unknown[]): Promise<number>;
} {
  let writer: Client | undefined;
  // Registered before the database's own hooks, so the connection ends before the database is
  // dropped.
  afterAll(() => writer?.end());
  const db = useTestDatabase();
  beforeAll(async () => {
    writer = new Client({ connectionString: db.url });
    await writer.connect();
  });
  return {
    get pool() {
      return db.pool;
    },
    get url() {
      return db.url;
    },
    get writer() {
      return writer!;
    },
    async writeAndReport(sql, values) {
      const result = await writer!.query(sql, values);
      await writer!.query('select pg_stat_force_next_flush()');
      return result.rowCount ?? 0;
    },
  };
}

/**
 * Polls `reached` every 50 ms, for up to 5 s, until it holds (such as counters that a backend
 * reports shortly after its writes).
 */
export async function until(reached: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await reached()); i++) await new Promise((r) => setTimeout(r, 50));
}
