import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHubConfig } from '../../src/config/hub-config';
import { SOURCE_IDS, type SourceId } from '../../src/model/feeds';
import { openSqlPool } from '../../src/storage/sql-pool';
import { runPull } from '../../jobs/processors/pull-processor';
import { runResolve } from '../../jobs/processors/resolve-processor';
import { startSandboxProvince } from '../support/sandbox-province';
import { sandboxHubEnv } from '../support/hub-env';
import { createTestDatabase } from '../support/test-database';

/**
 * Lands a default-noise province one feed after another in `order`, resolves it, and returns its
 * organizations as sets of record keys, sorted (ids differ between databases; the partition must
 * not).
 */
async function graphAfterLanding(
  order: readonly SourceId[],
): Promise<{ partition: string[]; expected: number }> {
  const db = await createTestDatabase();
  const province = await startSandboxProvince(400, 9, 'default');
  const saved = { ...process.env };
  const pool = openSqlPool(db.url);
  try {
    Object.assign(process.env, sandboxHubEnv(province, db.url));
    const { feeds } = loadHubConfig();
    for (const source of order)
      await runPull(pool, feeds[source], { source, full: false }, undefined, () => {});
    await runResolve(pool, () => {}, 2);
    const organizations = await pool.query<{ keys: string }>(
      `select string_agg(source || '/' || stream || '/' || record_key, ' ' order by source, stream,
              record_key) as keys
         from record_link group by organization_id`,
    );
    const expected = (
      JSON.parse(readFileSync(join(province.dir, 'expected.json'), 'utf8')) as {
        totals: { organizations: number };
      }
    ).totals.organizations;
    return { partition: organizations.rows.map((r) => r.keys).sort(), expected };
  } finally {
    process.env = saved;
    await pool.end();
    await province.close();
    await db.drop();
  }
}

describe('a graph resolved from feeds that landed in different orders', () => {
  it('is the same graph, with every unit once', async () => {
    // The reverse order lands the federation's name-only members before the registries: it used to
    // let such a record found an organization that the unit's registry record then did not join.
    const registriesFirst = await graphAfterLanding(SOURCE_IDS);
    const registriesLast = await graphAfterLanding([...SOURCE_IDS].reverse());
    expect(registriesFirst.partition).toHaveLength(registriesFirst.expected);
    expect(registriesLast.partition).toEqual(registriesFirst.partition);
  }, 120_000);
});
