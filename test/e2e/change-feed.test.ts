import { createClient } from 'graphql-ws';
import type { Pool } from 'pg';
import WebSocket from 'ws';
import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { resolvePending } from '../../src/resolution/resolve-pending';
import type { ApiServer } from '../../schema/server/api-server';
import {
  enterprise,
  landRecords,
  memberDistribution,
  statisticsUnit,
  testUscc,
  union,
} from '../support/graph-builder';
import { graphqlClient } from '../support/hub-env';
import { startTestApi, type TestApi } from '../support/test-api';

const [A, B] = [1, 2].map((n) => testUscc(n));

interface ChangeEdge {
  cursor: string;
  node: {
    rule: string;
    change: string;
    reason: string;
    organization: { uscc: string } | null;
  };
}

describe('the change feed and the timeline', () => {
  let hub: TestApi;
  let pool: Pool;
  let api: ApiServer;
  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlClient(api.url)<T>(query, variables);
  const changes = async (since: Date, rule?: string, after?: string) =>
    (
      await graphql<{ coverageChanges: { edges: ChangeEdge[] } }>(
        `
          query ($since: DateTimeISO!, $rule: GapRule, $after: String) {
            coverageChanges(since: $since, rule: $rule, after: $after, first: 50) {
              edges {
                cursor
                node {
                  rule
                  change
                  reason
                  organization {
                    uscc
                  }
                }
              }
            }
          }
        `,
        { since: since.toISOString(), rule, after },
      )
    ).coverageChanges.edges;

  beforeAll(async () => {
    ({ pool, api } = hub = await startTestApi());
  });
  afterAll(() => hub.close());

  it('lists a U1 gap OPENED, then CLOSED when a standalone union covers it', async () => {
    const start = new Date(Date.now() - 1000);
    await landRecords(pool, [
      enterprise('RA', A, '西安甲科技有限公司'),
      enterprise('RB', B, '西安乙科技有限公司'),
      statisticsUnit(A, '西安甲科技有限公司', 30),
      statisticsUnit(B, '西安乙科技有限公司', 20),
      memberDistribution(B, '西安乙科技有限公司', 2),
    ]);
    await resolvePending(pool);
    await runCoverage(pool);
    const opened = await changes(start, 'U1_NO_STANDALONE_UNION');
    // A reached U1's threshold (30 ≥ 25) and its gap opened; B stays below.
    expect(opened.map((e) => [e.node.organization?.uscc, e.node.change])).toEqual([
      [A, 'THRESHOLD_REACHED'],
      [A, 'OPENED'],
    ]);
    expect(opened[1].node.reason).toMatch(/30 employees/);

    const since = new Date();
    await landRecords(pool, [union('UA', '单独建会', [[A, '西安甲科技有限公司']], 30)]);
    await resolvePending(pool);
    await runCoverage(pool);
    const closed = await changes(since, 'U1_NO_STANDALONE_UNION');
    expect(closed.map((e) => [e.node.organization?.uscc, e.node.change])).toEqual([[A, 'CLOSED']]);
    expect(closed[0].node.reason).toMatch(/union coverage STANDALONE/);
    // The gap list as it stood before the union, and now.
    const gapsAt = async (asOf?: Date) =>
      (
        await graphql<{ gaps: { totalCount: number } }>(
          'query($asOf: DateTimeISO) { gaps(rule: U1_NO_STANDALONE_UNION, asOf: $asOf) { totalCount } }',
          { asOf: asOf?.toISOString() ?? null },
        )
      ).gaps.totalCount;
    expect(await gapsAt(since)).toBe(1);
    expect(await gapsAt()).toBe(0);
    expect(await gapsAt(start)).toBe(0);
    const organizationsAt = async (asOf?: Date) =>
      (
        await graphql<{ organizations: { totalCount: number } }>(
          `
            query ($asOf: DateTimeISO) {
              organizations(filter: { unionCoverage: [NONE], asOf: $asOf, employeesMin: 25 }) {
                totalCount
              }
            }
          `,
          { asOf: asOf?.toISOString() ?? null },
        )
      ).organizations.totalCount;
    expect([await organizationsAt(since), await organizationsAt()]).toEqual([1, 0]);
    // A portal that kept the last cursor sees nothing new.
    expect(await changes(since, 'U1_NO_STANDALONE_UNION', closed[0].cursor)).toEqual([]);

    const { organization } = await graphql<{
      organization: {
        coverage: { unionCoverage: string };
        timeline: { edges: Array<{ node: { kind: string; source: string; title: string } }> };
      };
    }>(
      `
        query ($uscc: String) {
          organization(uscc: $uscc) {
            coverage {
              unionCoverage
            }
            timeline(first: 20) {
              edges {
                node {
                  kind
                  source
                  title
                }
              }
            }
          }
        }
      `,
      { uscc: A },
    );
    expect(organization.coverage.unionCoverage).toBe('STANDALONE');
    const kinds = organization.timeline.edges.map((e) => `${e.node.kind} ${e.node.title}`);
    // Newest first: the union closed U1's and K1's union gaps and, with no Party organization,
    // opened M2's.
    expect(kinds.slice(0, 3).sort()).toEqual([
      'COVERAGE_CHANGE K1_UNION_NOT_COVERED CLOSED',
      'COVERAGE_CHANGE M2_UNION_WITHOUT_PARTY OPENED',
      'COVERAGE_CHANGE U1_NO_STANDALONE_UNION CLOSED',
    ]);
    expect(kinds).toContain('COVERAGE_CHANGE U1_NO_STANDALONE_UNION OPENED');
    expect(organization.timeline.edges.map((e) => e.node.kind)).toContain('RECORD_ARRIVED');
    expect(organization.timeline.edges.map((e) => e.node.source)).toEqual(
      expect.arrayContaining(['market-regulation', 'statistics', 'coverage']),
    );
  });

  it('shows the union that covers it, as a node of its own, and its registry facts', async () => {
    const { organization, unions } = await graphql<{
      organization: Record<string, unknown>;
      unions: { edges: Array<{ node: Record<string, unknown> }> };
    }>(
      `
        query ($uscc: String) {
          organization(uscc: $uscc) {
            unions {
              side
              form
              name
              active
              coveredUnits {
                organization {
                  uscc
                }
                unitName
              }
            }
            partyOrganizations {
              name
            }
            industryClass {
              code
              name
              section
              sectionName
            }
            employeeCount {
              value
              source
            }
            establishedOn {
              value
              source
            }
          }
          unions(first: 10) {
            edges {
              node {
                name
                form
                coveredUnits {
                  organization {
                    uscc
                  }
                }
              }
            }
          }
        }
      `,
      { uscc: A },
    );
    expect(organization).toMatchObject({
      unions: [
        {
          side: 'UNION',
          form: '单独建会',
          name: '西安甲科技有限公司工会委员会',
          active: true,
          coveredUnits: [{ organization: { uscc: A }, unitName: '西安甲科技有限公司' }],
        },
      ],
      partyOrganizations: [],
      industryClass: { code: 'I6513', section: 'I' },
      employeeCount: { value: 30, source: 'statistics' },
    });
    expect(unions.edges.map((e) => e.node.name)).toEqual(['西安甲科技有限公司工会委员会']);
  });

  it('streams changes over graphql-ws as they are recorded', async () => {
    const client = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: {},
      retryAttempts: 0,
    });
    const received: Array<{ change: string; rule: string; organization: { uscc: string } }> = [];
    const done = new Promise<void>((resolve, reject) => {
      const stop = client.subscribe<{ coverageChanged: (typeof received)[number] }>(
        {
          query: `subscription { coverageChanged(rule: P1_NO_STANDALONE_PARTY_ORGANIZATION) {
                    change rule organization { uscc } } }`,
        },
        {
          next: ({ data }) => {
            received.push(data!.coverageChanged);
            if (received.some((r) => r.change === 'OPENED')) {
              stop();
              resolve();
            }
          },
          error: reject,
          complete: () => resolve(),
        },
      );
    });
    // Subscribed first; then C reaches P1's threshold (3 full members) with no Party organization.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const C = testUscc(3);
    await landRecords(pool, [
      enterprise('RC', C, '西安丙科技有限公司'),
      statisticsUnit(C, '西安丙科技有限公司', 10),
      memberDistribution(C, '西安丙科技有限公司', 3),
    ]);
    await resolvePending(pool);
    await runCoverage(pool);
    await done;
    await client.dispose();
    expect(received.map((r) => [r.organization.uscc, r.change])).toEqual([
      [C, 'THRESHOLD_REACHED'],
      [C, 'OPENED'],
    ]);
  });

  it('pages the timeline newest first without repeating an entry', async () => {
    const page = async (after?: string) =>
      (
        await graphql<{
          organization: {
            timeline: {
              edges: Array<{ cursor: string; node: { at: string } }>;
              pageInfo: { hasNextPage: boolean };
            };
          };
        }>(
          `
            query ($uscc: String, $after: String) {
              organization(uscc: $uscc) {
                timeline(first: 2, after: $after) {
                  edges {
                    cursor
                    node {
                      at
                    }
                  }
                  pageInfo {
                    hasNextPage
                  }
                }
              }
            }
          `,
          { uscc: A, after },
        )
      ).organization.timeline;
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const p = await page(after);
      seen.push(...p.edges.map((e) => e.cursor));
      if (!p.pageInfo.hasNextPage) break;
      after = p.edges.at(-1)!.cursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
  });
});
