import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Pool } from 'pg';
import { syncCommand } from '../../bin/commands/sync-command';
import { createApiKey } from '../../src/access/api-key-store';
import { loadHubConfig } from '../../src/config/hub-config';
import { openDatabase } from '../../src/storage/database';
import { openSqlPool } from '../../src/storage/sql-pool';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startApiServer, type ApiServer } from '../../schema/server/api-server';
import { dashboardDir } from '../../schema/server/dashboard-page';
import { launchChromium, openPage, type WatchedPage } from './dashboard-browser';
import { sandboxHubEnv } from './hub-env';
import { startSandboxProvince, type SandboxProvince } from './sandbox-province';
import type { AuthConfig } from '../../src/access/auth-config';
import { KEYS_ACCESS } from './test-api';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The roles the dashboard tests sign in as. */
export type DashboardRole = 'admin' | 'cityOrgDepartment' | 'analyst' | 'taxDepartment';

/** A synced sandbox province behind a keys-mode hub serving the built dashboard, and Chromium. */
export interface DashboardHub {
  /** `http://127.0.0.1:<port>` (the dashboard at `/`, the API at `/graphql`). */
  origin: string;
  pool: Pool;
  api: ApiServer;
  browser: Browser;
  /** A key of each role (the city is 西安市 610100). */
  keys: Record<DashboardRole, string>;
  province: SandboxProvince;
  /** The API's answer to a query, asked with a role's key. */
  ask<T>(role: DashboardRole, query: string, variables?: Record<string, unknown>): Promise<T>;
  open(role?: DashboardRole, language?: 'zh' | 'en'): Promise<WatchedPage>;
  close(): Promise<void>;
}

export const CITY = '610100';

/**
 * Generates and syncs a province of `orgs` organizations through `hub sync --source all` (the
 * workers, resolution and coverage as production runs them), then serves it with keys (and
 * tokens, when `auth` says).
 */
export async function startDashboardHub(
  orgs = 600,
  seed = 7,
  auth: AuthConfig = KEYS_ACCESS,
): Promise<DashboardHub> {
  if (!existsSync(join(dashboardDir(), 'index.html')))
    throw new Error('the dashboard is not built: run `npm run build` before the browser tests');
  const saved = { ...process.env };
  const db: TestDatabase = await createTestDatabase();
  const province = await startSandboxProvince(orgs, seed);
  Object.assign(process.env, sandboxHubEnv(province, db.url));
  const sync = await syncCommand({ source: 'all', full: false, out: () => {} });
  if (!sync.ok) throw new Error(`the sandbox sync failed: ${JSON.stringify(sync.results)}`);
  process.env = saved;
  const pool = openSqlPool(db.url);
  const orm: MikroORM = await openDatabase(db.url);
  const api = await startApiServer({
    auth,
    orm,
    pool,
    feeds: loadHubConfig({}).feeds,
    port: 0,
    host: '127.0.0.1',
  });
  const made = async (role: string, region?: string) =>
    (await createApiKey(pool, { role, region, name: `dashboard test ${role}`, createdBy: 'test' }))
      .key;
  const keys: Record<DashboardRole, string> = {
    admin: await made('admin'),
    cityOrgDepartment: await made('org-department', CITY),
    analyst: await made('analyst', CITY),
    taxDepartment: await made('department:tax'),
  };
  const browser = await launchChromium();
  const origin = `http://127.0.0.1:${api.port}`;
  return {
    origin,
    pool,
    api,
    browser,
    keys,
    province,
    async ask<T>(role: DashboardRole, query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[role]}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      return body.data as T;
    },
    async open(role, language) {
      const watched = await openPage(browser, { key: role ? keys[role] : undefined, language });
      return watched;
    },
    async close() {
      await browser.close();
      await api.close();
      await orm.close();
      await pool.end();
      await province.close();
      await db.drop();
    },
  };
}
