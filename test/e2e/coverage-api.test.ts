import type { MikroORM } from '@mikro-orm/postgresql';
import { OPEN_ACCESS } from '../../src/access/auth-config';
import type { Pool } from 'pg';
import { loadHubConfig } from '../../src/config/hub-config';
import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { resolvePending } from '../../src/resolution/resolve-pending';
import { openDatabase } from '../../src/storage/database';
import { openSqlPool } from '../../src/storage/sql-pool';
import { startApiServer, type ApiServer } from '../../schema/server/api-server';
import {
  enterprise,
  landRecords,
  memberDistribution,
  partyOrganization,
  statisticsUnit,
  testUscc,
  union,
} from '../support/graph-builder';
import { graphqlClient } from '../support/hub-env';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// A: 30 employees, 4 members, standalone Party org, no union → P1 met, U1 gap, M1, K1 union gap B:
// 25 employees, 3 members, joint Party org, standalone union → P1 gap, U1 met, K1 target (covered)
// C: 24 employees, 2 members, nothing → J1 party + union candidate, K1 party+union gap D:
// statistics holding 1 (state-owned) → out of scope
const [A, B, C, D] = [1, 2, 3, 4].map((n) => testUscc(n));

describe('coverage stage and the coverage API', () => {
  let db: TestDatabase;
  let pool: Pool;
  let orm: MikroORM;
  let api: ApiServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openSqlPool(db.url);
    orm = await openDatabase(db.url);
    await landRecords(pool, [
      enterprise('RA', A, '西安甲科技有限公司'),
      enterprise('RB', B, '西安乙科技有限公司'),
      enterprise('RC', C, '西安丙科技有限公司', { divisionCode: '610403' }),
      enterprise('RD', D, '西安丁有限公司'),
      statisticsUnit(A, '西安甲科技有限公司', 30),
      statisticsUnit(B, '西安乙科技有限公司', 25),
      statisticsUnit(C, '西安丙科技有限公司', 24),
      statisticsUnit(D, '西安丁有限公司', 300, { ownership: { holding: '1' } }),
      memberDistribution(A, '西安甲科技有限公司', 4),
      memberDistribution(B, '西安乙科技有限公司', 3),
      memberDistribution(C, '西安丙科技有限公司', 2),
      partyOrganization('PA', '单独组建', [[A, '西安甲科技有限公司']]),
      partyOrganization('PB', '联合组建', [
        [B, '西安乙科技有限公司'],
        [D, '西安丁有限公司'],
      ]),
      union('UB', '单独建会', [[B, '西安乙科技有限公司']], 25),
    ]);
    await resolvePending(pool);
    await runCoverage(pool);
    api = await startApiServer({
      auth: OPEN_ACCESS,
      orm,
      pool,
      feeds: loadHubConfig({}).feeds,
      port: 0,
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await api.close();
    await orm.close();
    await pool.end();
    await db.drop();
  });

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlClient(api.url)<T>(query, variables);

  it('counts the province as POLICY says', async () => {
    const { coverage } = await graphql<{ coverage: Record<string, unknown> }>(`
      {
        coverage {
          organizations
          inScope
          outOfScope
          publicEconomic
          p1 {
            required
            met
            gap
          }
          u1 {
            required
            met
            gap
          }
          k1 {
            targets
            partyGaps
            unionGaps
          }
          m1
          m2
          c1Gaps
          j1 {
            partyCandidates
            unionCandidates
          }
          partyCovered
          unionCovered
          dualCovered
          dualCoverageRate
        }
      }
    `);
    expect(coverage).toEqual({
      organizations: 4,
      inScope: 3,
      outOfScope: 1,
      publicEconomic: 1,
      p1: { required: 2, met: 1, gap: 1 },
      u1: { required: 2, met: 1, gap: 1 },
      k1: { targets: 3, partyGaps: 1, unionGaps: 2 },
      m1: 1,
      m2: 0,
      c1Gaps: 0,
      j1: { partyCandidates: 1, unionCandidates: 1 },
      partyCovered: 2,
      unionCovered: 1,
      dualCovered: 1,
      dualCoverageRate: 1 / 3,
    });
  });

  it('breaks down by region with Yangling rolled into Xianyang, and by industry', async () => {
    const { coverage } = await graphql<{
      coverage: {
        byRegion: Array<{
          division: { code: string };
          children: Array<{
            division: { code: string; name: string };
            counts: { inScope: number };
          }>;
        }>;
        byIndustry: Array<{ section: string; counts: { inScope: number } }>;
      };
    }>(`
      {
        coverage {
          byRegion {
            division {
              code
            }
            children {
              division {
                code
                name
              }
              counts {
                inScope
              }
            }
          }
          byIndustry {
            section
            counts {
              inScope
            }
          }
        }
      }
    `);
    expect(coverage.byRegion[0].division.code).toBe('610000');
    expect(coverage.byRegion[0].children).toEqual([
      { division: { code: '610100', name: '西安市' }, counts: { inScope: 2 } },
      { division: { code: '610400', name: '咸阳市' }, counts: { inScope: 1 } },
    ]);
    expect(coverage.byIndustry).toEqual([{ section: 'I', counts: { inScope: 3 } }]);
  });

  it('lists gaps with their reasons, filtered and paged', async () => {
    const { gaps } = await graphql<{
      gaps: {
        totalCount: number;
        edges: Array<{
          node: {
            organization: { uscc: string };
            reason: string;
            sources: string[];
            employees: number;
          };
        }>;
      };
    }>(`
      {
        gaps(rule: U1_NO_STANDALONE_UNION, orderBy: EMPLOYEES_DESC, first: 10) {
          totalCount
          edges {
            node {
              organization {
                uscc
                name
              }
              reason
              sources
              employees
            }
          }
        }
      }
    `);
    expect(gaps.totalCount).toBe(1);
    expect(gaps.edges[0].node).toMatchObject({
      organization: { uscc: A },
      employees: 30,
      sources: expect.arrayContaining(['statistics']),
    });
    expect(gaps.edges[0].node.reason).toMatch(/30/);
    const filtered = await graphql<{ gaps: { totalCount: number } }>(`
      {
        gaps(rule: K1_UNION_NOT_COVERED, filter: { region: "6104" }) {
          totalCount
        }
      }
    `);
    expect(filtered.gaps.totalCount).toBe(1);
  });

  it("answers a page's source records by their keys alone, and in full where asked", async () => {
    interface Record {
      source: string;
      stream: string;
      key: string;
      contentHash?: string;
      fetchedAt?: string;
    }
    const answer = await graphql<{
      gaps: { edges: Array<{ node: { organization: { sourceRecords: Record[] } } }> };
      organization: { sourceRecords: Record[] };
    }>(`
      {
        gaps(rule: U1_NO_STANDALONE_UNION, first: 10) {
          edges { node { organization { sourceRecords { source stream key } } } }
        }
        organization(uscc: "${A}") { sourceRecords { source stream key contentHash fetchedAt } }
      }
    `);
    const keys = answer.gaps.edges[0].node.organization.sourceRecords;
    const full = answer.organization.sourceRecords;
    // The page's keys-only rows never stand in for a field that asks for more.
    expect(full.every((r) => /^[0-9a-f]{64}$/.test(r.contentHash!) && r.fetchedAt)).toBe(true);
    expect(keys).toEqual(full.map(({ source, stream, key }) => ({ source, stream, key })));
    // A's records from market regulation, statistics and the Party roster.
    expect(keys.map((r) => r.source).sort()).toEqual([
      'market-regulation',
      'party-org',
      'statistics',
    ]);
  });

  it('filters and sorts organizations by coverage dimensions, and explains each evaluation', async () => {
    const { organizations } = await graphql<{
      organizations: {
        totalCount: number;
        edges: Array<{
          node: {
            uscc: string;
            coverage: {
              employees: number;
              flags: string[];
              reasons: Array<{ flag: string | null; sources: string[] }>;
            };
          };
        }>;
      };
    }>(`
      {
        organizations(
          filter: { inScope: true, employeesMin: 25, flags: [K1_TARGET] }
          orderBy: EMPLOYEES_DESC
          first: 5
        ) {
          totalCount
          edges {
            node {
              uscc
              coverage {
                employees
                employeesSource
                partyCoverage
                unionCoverage
                flags
                reasons {
                  rule
                  flag
                  text
                  sources
                }
              }
            }
          }
        }
      }
    `);
    expect(organizations.totalCount).toBe(2);
    expect(organizations.edges.map((e) => e.node.uscc)).toEqual([A, B]);
    expect(organizations.edges[0].node.coverage.flags).toEqual(
      expect.arrayContaining(['U1_gap', 'M1', 'K1_union_gap', 'P1_met']),
    );
    expect(
      organizations.edges[0].node.coverage.reasons.find((r) => r.flag === 'U1_gap')?.sources,
    ).toEqual(['statistics']);
    const page2 = await graphql<{ organizations: { edges: Array<{ node: { uscc: string } }> } }>(
      `
        query ($after: String) {
          organizations(
            filter: { inScope: true }
            orderBy: EMPLOYEES_DESC
            first: 1
            after: $after
          ) {
            edges {
              node {
                uscc
              }
            }
          }
        }
      `,
      {
        after: (
          await graphql<{ organizations: { pageInfo: { endCursor: string } } }>(`
            {
              organizations(filter: { inScope: true }, orderBy: EMPLOYEES_DESC, first: 1) {
                pageInfo {
                  endCursor
                }
              }
            }
          `)
        ).organizations.pageInfo.endCursor,
      },
    );
    expect(page2.organizations.edges.map((e) => e.node.uscc)).toEqual([B]);
    // With a filter only evaluated organizations meet, the keyset runs on the facts' index.
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        organizations: {
          edges: Array<{ node: { uscc: string } }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await graphql(
        `
          query ($after: String) {
            organizations(
              filter: { employeesMin: 20 }
              orderBy: EMPLOYEES_DESC
              first: 1
              after: $after
            ) {
              edges {
                node {
                  uscc
                }
              }
              pageInfo {
                endCursor
                hasNextPage
              }
            }
          }
        `,
        { after },
      );
      walked.push(...page.organizations.edges.map((e) => e.node.uscc));
      after = page.organizations.pageInfo.hasNextPage
        ? page.organizations.pageInfo.endCursor
        : null;
    } while (after);
    expect(walked).toEqual([D, A, B, C]);
    const union = await graphql<{ organizations: { totalCount: number } }>(`
      {
        organizations(filter: { unionCoverage: [STANDALONE], ownership: [NON_PUBLIC_ECONOMIC] }) {
          totalCount
        }
      }
    `);
    expect(union.organizations.totalCount).toBe(1);
  });

  it('keeps history: a change closes the old evaluation, and asOf answers as the hub knew it', async () => {
    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await landRecords(pool, [union('UA', '单独建会', [[A, '西安甲科技有限公司']], 30)]);
    await resolvePending(pool);
    await runCoverage(pool);
    const now = await graphql<{ coverage: { u1: { gap: number }; m1: number } }>(`
      {
        coverage {
          u1 {
            gap
          }
          m1
        }
      }
    `);
    expect(now.coverage).toEqual({ u1: { gap: 0 }, m1: 0 });
    const then = await graphql<{ coverage: { u1: { gap: number }; m1: number } }>(
      `
        query ($at: DateTimeISO) {
          coverage(asOf: $at) {
            u1 {
              gap
            }
            m1
          }
        }
      `,
      { at: before.toISOString() },
    );
    expect(then.coverage).toEqual({ u1: { gap: 1 }, m1: 1 });
    const history = await pool.query(
      `select count(*)::int as n from coverage_fact where valid_to is not null`,
    );
    expect(history.rows[0].n).toBe(1);
  });

  it('says it is ready only with every migration applied', async () => {
    const ready = await fetch(api.url.replace(/\/graphql$/, '/readyz'));
    expect({ status: ready.status, body: await ready.json() }).toEqual({
      status: 200,
      body: { status: 'ready' },
    });
    const last = await pool.query<{ name: string }>(
      'delete from hub_migrations where id = (select max(id) from hub_migrations) returning name',
    );
    try {
      const behind = await fetch(api.url.replace(/\/graphql$/, '/readyz'));
      expect({ status: behind.status, body: await behind.json() }).toEqual({
        status: 503,
        body: { status: 'migrations pending', pending: [last.rows[0].name] },
      });
    } finally {
      await pool.query('insert into hub_migrations (name, executed_at) values ($1, now())', [
        last.rows[0].name,
      ]);
    }
  });

  it('shows the merges that made an organization, and the retired id still resolves to it', async () => {
    const ids = await pool.query<{ id: string }>(
      `select organization_id as id from record_link where record_key = any($1)
       order by record_key`,
      [['RC', 'RD']],
    );
    const [c, d] = ids.rows.map((r) => String(r.id));
    await graphql(
      `
        mutation ($ids: [ID!]!) {
          mergeOrganizations(ids: $ids, reason: "one school") {
            id
          }
        }
      `,
      { ids: [c, d] },
    );
    const { organization } = await graphql<{ organization: { id: string; merges: unknown[] } }>(
      `
        query ($id: ID) {
          organization(id: $id) {
            id
            merges {
              survivorId
              retiredId
              decidedBy
              evidence
            }
          }
        }
      `,
      { id: d },
    );
    const [survivor, retired] = BigInt(c!) < BigInt(d!) ? [c, d] : [d, c];
    expect(organization).toEqual({
      id: survivor,
      merges: [
        {
          survivorId: survivor,
          retiredId: retired,
          decidedBy: 'person:anonymous',
          evidence: { reason: 'one school' },
        },
      ],
    });
  });

  it('lists pull runs newest first with the attempt of their job, paged, and refuses an unknown feed', async () => {
    await pool.query(`insert into sync_run (source, state, "full", job_id, started_at, finished_at,
                        error, fetched)
      values ('tax', 'failed', false, 'job-7', now(), now(), 'HTTP 503', 0),
             ('tax', 'succeeded', false, 'job-7', now(), now(), null, 12)`);
    type Runs = {
      syncRuns: {
        edges: Array<{ node: Record<string, unknown> }>;
        pageInfo: { hasNextPage: boolean };
      };
    };
    const first = await graphql<Runs>(`
      {
        syncRuns(source: "tax", first: 1) {
          edges {
            node {
              source
              attempt
              state
              fetched
              error
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    expect(first.syncRuns.edges.map((e) => e.node)).toEqual([
      { source: 'tax', attempt: 2, state: 'SUCCEEDED', fetched: 12, error: null },
    ]);
    expect(first.syncRuns.pageInfo.hasNextPage).toBe(true);
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ syncRuns(source: "customs") { edges { cursor } } }' }),
    });
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors[0].message).toContain('unknown source "customs"');
  });
});
