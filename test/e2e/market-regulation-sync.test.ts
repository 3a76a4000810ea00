import { mkdtempSync } from 'node:fs';
import { OPEN_ACCESS } from '../../src/access/auth-config';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { syncCommand } from '../../bin/commands/sync-command';
import { loadHubConfig } from '../../src/config/hub-config';
import { openDatabase } from '../../src/storage/database';
import { openSqlPool } from '../../src/storage/sql-pool';
import { startApiServer, type ApiServer } from '../../schema/server/api-server';
import { startSandboxProvince, type SandboxProvince } from '../support/sandbox-province';
import { graphqlClient } from '../support/hub-env';
import {
  createTestDatabase,
  testQueuePrefix,
  TEST_REDIS_URL,
  type TestDatabase,
} from '../support/test-database';

describe('hub sync of market regulation, then GraphQL over HTTP', () => {
  let db: TestDatabase;
  let province: SandboxProvince;
  let orm: MikroORM;
  let pool: Pool;
  let api: ApiServer;
  let enterprises: Array<{ reg_id: string; uscc: string | null; name: string }>;
  const saved = { ...process.env };

  beforeAll(async () => {
    db = await createTestDatabase();
    province = await startSandboxProvince(300, 5);
    enterprises = province.ndjson('feeds/market-regulation/enterprises.ndjson');
    Object.assign(process.env, {
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      HUB_QUEUE_PREFIX: testQueuePrefix(),
      HUB_HOME: mkdtempSync(join(tmpdir(), 'hub-home-')),
      HUB_FEED_MARKET_REGULATION_URL: province.registries.feedUrl('market-regulation'),
      HUB_FEED_MARKET_REGULATION_TOKEN: province.registries.token,
    });
    orm = await openDatabase(db.url);
    pool = openSqlPool(db.url);
    api = await startApiServer({
      auth: OPEN_ACCESS,
      orm,
      pool,
      feeds: loadHubConfig().feeds,
      port: 0,
      host: '127.0.0.1',
    });
  });

  afterAll(async () => {
    process.env = saved;
    await api.close();
    await pool.end();
    await orm.close();
    await province.close();
    await db.drop();
  });

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlClient(api.url)<T>(query, variables);

  it('lands every enterprise, quarantines exactly the injected faults, and reports per feed', async () => {
    const lines: string[] = [];
    const outcome = await syncCommand({
      source: 'market-regulation',
      full: false,
      out: (line) => lines.push(line),
    });
    expect(outcome.ok).toBe(true);
    const faults = province.faults('market-regulation');
    const keys = new Set(enterprises.map((e) => e.reg_id));
    expect(outcome.results).toEqual([
      expect.objectContaining({
        source: 'market-regulation',
        state: 'succeeded',
        fetched: enterprises.length,
        created: keys.size - faults.length,
        changed: 0,
        unchanged: 0,
        quarantined: faults.length,
      }),
    ]);
    expect(lines.join('\n')).toMatch(/market-regulation\s+succeeded\s+\d+/);
    const quarantine = await pool.query(
      'select reason, record_key from quarantine_entry order by record_key',
    );
    expect(quarantine.rows.map((r) => `${r.record_key}:${r.reason}`).sort()).toEqual(
      faults.map((f) => `${f.key}:${f.reason}`).sort(),
    );
    const resolved = await pool.query('select count(*)::int as n from resolution_queue');
    expect(resolved.rows[0].n).toBe(0);
  });

  it('answers organization(uscc:) with its source records', async () => {
    const faulty = new Set(province.faults('market-regulation').map((f) => f.key));
    const sample = enterprises.find((e) => e.uscc && !faulty.has(e.reg_id))!;
    const data = await graphql<{
      organization: {
        id: string;
        uscc: string;
        name: string;
        kind: string;
        division: { code: string; name: string };
        sourceRecords: Array<{ source: string; stream: string; key: string; fetchedAt: string }>;
      };
    }>(
      `
        query ($uscc: String) {
          organization(uscc: $uscc) {
            id
            uscc
            name
            kind
            status
            division {
              code
              name
            }
            industry
            employees
            sourceRecords {
              source
              stream
              key
              fetchedAt
            }
          }
        }
      `,
      { uscc: sample.uscc!.toLowerCase() },
    );
    expect(data.organization.uscc).toBe(sample.uscc);
    expect(data.organization.sourceRecords).toEqual([
      {
        source: 'market-regulation',
        stream: 'enterprises',
        key: sample.reg_id,
        fetchedAt: expect.any(String),
      },
    ]);
    expect(data.organization.division.name).toEqual(expect.any(String));
  });

  it('pages organizations Relay-style with a total count', async () => {
    const first = await graphql<{
      organizations: {
        totalCount: number;
        edges: Array<{ cursor: string; node: { id: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(`
      {
        organizations(first: 10) {
          totalCount
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    const total = (await pool.query('select count(*)::int as n from organization')).rows[0].n;
    expect(first.organizations.totalCount).toBe(total);
    expect(first.organizations.edges).toHaveLength(10);
    const second = await graphql<{ organizations: { edges: Array<{ node: { id: string } }> } }>(
      `
        query ($after: String) {
          organizations(first: 10, after: $after) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      { after: first.organizations.pageInfo.endCursor },
    );
    const ids = [...first.organizations.edges, ...second.organizations.edges].map((e) =>
      Number(e.node.id),
    );
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(20);
  });

  it('reports the feed in sources', async () => {
    const data = await graphql<{
      sources: Array<{
        source: string;
        state: string;
        records: number;
        lastRun: { new: number } | null;
      }>;
    }>(`
      {
        sources {
          source
          state
          records
          lastRun {
            new
          }
        }
      }
    `);
    const market = data.sources.find((s) => s.source === 'market-regulation')!;
    expect(market.state).toBe('SUCCEEDED');
    expect(market.records).toBeGreaterThan(0);
    expect(data.sources).toHaveLength(7);
  });

  it('answers the quarantine in GraphQL, newest first, paged and filtered', async () => {
    const faults = province.faults('market-regulation');
    const all = await graphql<{
      quarantine: {
        totalCount: number;
        edges: Array<{
          node: { reason: string; recordKey: string; origin: string; position: string };
        }>;
      };
    }>(`
      {
        quarantine(source: "market-regulation", first: 500) {
          totalCount
          edges {
            node {
              reason
              recordKey
              origin
              position
              excerpt
            }
          }
        }
      }
    `);
    expect(all.quarantine.totalCount).toBe(faults.length);
    expect(all.quarantine.edges.map((e) => `${e.node.recordKey}:${e.node.reason}`).sort()).toEqual(
      faults.map((f) => `${f.key}:${f.reason}`).sort(),
    );
    expect(all.quarantine.edges[0].node.origin).toMatch(/\/enterprises\?/);
    const first = await graphql<{
      quarantine: {
        edges: Array<{ node: { recordKey: string } }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(`
      {
        quarantine(first: 1) {
          edges {
            node {
              recordKey
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
        }
      }
    `);
    const second = await graphql<{ quarantine: { edges: Array<{ node: { recordKey: string } }> } }>(
      `
        query ($after: String) {
          quarantine(first: 1, after: $after) {
            edges {
              node {
                recordKey
              }
            }
          }
        }
      `,
      { after: first.quarantine.pageInfo.endCursor },
    );
    expect(second.quarantine.edges[0].node.recordKey).not.toBe(
      first.quarantine.edges[0].node.recordKey,
    );
    const reason = faults[0].reason;
    const filtered = await graphql<{ quarantine: { totalCount: number } }>(
      `
        query ($r: String) {
          quarantine(reason: $r) {
            totalCount
          }
        }
      `,
      { r: reason },
    );
    expect(filtered.quarantine.totalCount).toBe(faults.filter((f) => f.reason === reason).length);
  });

  it('serves the explorer and its assets from the installed packages (offline)', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    for (const asset of html.match(/\/graphiql\/[\w.-]+/g) ?? []) {
      const response = await fetch(new URL(asset, api.url));
      expect([asset, response.status, response.headers.get('content-type')]).toEqual([
        asset,
        200,
        expect.stringMatching(/javascript|css/),
      ]);
    }
    expect(html).toContain('/graphiql/react.js');
  });

  it('changes nothing on a second sync', async () => {
    const outcome = await syncCommand({ source: 'market-regulation', full: true, out: () => {} });
    expect(outcome.results[0]).toMatchObject({ state: 'succeeded', created: 0, changed: 0 });
    const versions = await pool.query(
      `select ((select count(*) from source_record) - (select count(*)
              from current_record))::int as n`,
    );
    expect(versions.rows[0].n).toBe(0);
  });
});
