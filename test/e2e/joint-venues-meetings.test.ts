import { createServer } from 'node:http';
import { OPEN_IDENTITY } from '../../src/access/identity';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Pool } from 'pg';
import type { CanonicalRecord } from '../../src/canonical/canonical-record';
import { identifierClaims } from '../../src/canonical/identifier-claim';
import type { SourceId } from '../../src/model/feeds';
import { loadHubConfig } from '../../src/config/hub-config';
import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { buildingOfAddress } from '../../src/coverage/building-name';
import type { CoverageFacts } from '../../src/coverage/coverage-facts';
import {
  groupJointCandidates,
  type JointGrouping,
  type JointSide,
} from '../../src/coverage/joint-candidates';
import { divisionName } from '../../src/reference/divisions';
import { resolvePending } from '../../src/resolution/resolve-pending';
import { surviveAttributes } from '../../src/resolution/survivorship';
import { openDatabase } from '../../src/storage/database';
import { openSqlPool } from '../../src/storage/sql-pool';
import { RESOLVERS, buildHubSchema } from '../../schema/build-schema';
import { createContext, type HubContext } from '../../schema/context';
import { JointCoverageResolver } from '../../schema/joint-coverage/joint-coverage.resolver';
import { todayInChina } from '../../schema/joint-meetings/meeting-date';
import { JointMeetingsResolver } from '../../schema/joint-meetings/joint-meetings.resolver';
import { VenuesResolver } from '../../schema/venues/venues.resolver';
import {
  enterprise,
  landRecords,
  memberDistribution,
  partyOrganization,
  statisticsUnit,
  testUscc,
  union,
} from '../support/graph-builder';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const [HT, ET, ZJ, YT] = [
  '高新技术产业开发区',
  '经济技术开发区',
  '西安市浙江商会',
  '西安市雁塔区商会',
]; // parks, chambers
// n, employees (null: unknown), full members, park, street, address (market regulation), chambers
const ORGS: Array<
  [number, number | null, number, string | undefined, string, string | undefined, string[]]
> = [
  [1, 10, 1, HT, '610113001', '西安市雁塔区科技路1号秦川大厦12层', [ZJ]],
  [2, 20, 2, HT, '610113001', '西安市雁塔区科技路1号 秦川大夏5层', []],
  // statistics says a building; the golden address does not
  [3, 8, 0, ET, '610113002', '西安市雁塔区某路8号', [ZJ, YT]],
  [4, 6, 0, ET, '610113002', undefined, []],
  [5, 24, 1, undefined, '610113001', undefined, [YT]],
  [6, null, 0, HT, '610113001', undefined, []], // employees unknown: a Party-side candidate only
  // covered by a joint Party organization and a joint union
  [7, 10, 1, HT, '610113001', undefined, []],
  [8, 40, 1, HT, '610113001', undefined, []], // U1 gap, Party-side candidate
];
const [name, u] = [
  (n: number) => `西安${'一二三四五六七八'[n - 1]}科技有限公司`,
  (n: number) => testUscc(n),
];

function records(): CanonicalRecord[] {
  const out: CanonicalRecord[] = [];
  for (const [n, employees, members, park, street, address, chambers] of ORGS) {
    out.push(enterprise(`R${n}`, u(n), name(n), address ? { address } : {}));
    out.push(
      statisticsUnit(u(n), name(n), employees ?? 0, {
        park,
        streetCode: street,
        employees: employees ?? undefined,
        ...(n === 3 ? { address: '西安市雁塔区某路9号长安国际中心A座' } : {}),
      }),
    );
    out.push(memberDistribution(u(n), name(n), members));
    if (chambers.length > 0) {
      out.push({
        source: 'federation',
        stream: 'members',
        key: `F${n}`,
        entity: 'organization',
        kind: 'ENTERPRISE',
        identifiers: identifierClaims(u(n)),
        name: name(n),
        chambers: chambers.map((c) => ({ name: c, identifier: null, role: '会员' })),
      });
    }
  }
  const six = {
    place: true,
    facilities: true,
    signage: true,
    flag: true,
    books: true,
    rules: true,
  };
  const party = (key: string, extra: Partial<CanonicalRecord>, venue?: typeof six | null) => {
    const r = partyOrganization(key, '联合组建', [[u(7), name(7)]]);
    return {
      ...r,
      ...extra,
      coverage: {
        ...r.coverage!,
        venue: venue === null ? undefined : (venue ?? r.coverage!.venue),
      },
    };
  };
  out.push(
    party('PA', { divisionCode: '610113' }),
    party('PB', { divisionCode: '610113' }, six),
    party('PC', { divisionCode: '610402' }, null),
    party('PD', { divisionCode: '610113', status: { raw: '撤销', active: false } }, six),
  );
  const [ua, ub] = [
    union('UA', '联合建会', [[u(7), name(7)]]),
    union('UB', '联合建会', [[testUscc(99), '西安某不存在有限公司']]),
  ];
  return [
    ...out,
    { ...ua, divisionCode: '610113' },
    { ...ub, divisionCode: '610403', coverage: { ...ub.coverage!, venue: undefined } },
  ];
}

describe('joint coverage (J1), venues (V1) and joint meetings (A1) over the API', () => {
  let db: TestDatabase, pool: Pool, orm: MikroORM, url: string, stop: () => Promise<void>;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openSqlPool(db.url);
    orm = await openDatabase(db.url);
    await landRecords(pool, records());
    await resolvePending(pool);
    await runCoverage(pool);
    // The hub's resolvers plus these, served as startApiServer serves them (until build-schema
    // registers them).
    const mine = [JointCoverageResolver, VenuesResolver, JointMeetingsResolver].filter(
      (r) => !(RESOLVERS as readonly unknown[]).includes(r),
    );
    const schema = await buildHubSchema(mine);
    const app = express();
    const httpServer = createServer(app);
    const apollo = new ApolloServer<HubContext>({
      schema,
      plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    });
    await apollo.start();
    const feeds = loadHubConfig({}).feeds;
    app.use(
      '/graphql',
      express.json(),
      expressMiddleware(apollo, {
        context: async ({ req }) =>
          createContext(
            { em: orm.em, pool, feeds },
            OPEN_IDENTITY,
            String(req.headers['x-hub-actor'] ?? 'anonymous'),
          ),
      }),
    );
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(httpServer.address() as { port: number }).port}/graphql`;
    stop = () => apollo.stop();
  });
  afterAll(async () => {
    for (const close of [stop, () => orm.close(), () => pool.end(), () => db.drop()]) await close();
  });

  async function call<T>(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-actor': 'analyst-7' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data: T;
      errors?: Array<{ message: string; extensions: { code: string } }>;
    };
  }
  async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await call<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  type Groups = {
    totalCandidates: number;
    ungrouped: number;
    totalGroups: number;
    groups: Array<{
      key: string;
      label: string | null;
      organizations: number;
      employees: number;
      employeesUnknown: number;
      partyMembers: number;
      members: Array<{ name: string }>;
    }>;
  };
  const J1 =
    'query ($side: JointSide!, $by: JointGrouping!, $filter: CoverageFilter, $n: Int) ' +
    '{ jointCoverageCandidates(side: $side, groupBy: $by, filter: $filter, first: $n) {\n' +
    '    totalCandidates ungrouped totalGroups groups { key label organizations ' +
    'employees employeesUnknown partyMembers members(first: 10) { name } } } }';
  const groups = async (side: JointSide, by: JointGrouping, filter?: unknown, n?: number) =>
    (await graphql<{ jointCoverageCandidates: Groups }>(J1, { side, by, filter, n }))
      .jointCoverageCandidates;

  it('groups the union-side candidates by park, street, building and chamber, largest first', async () => {
    const park = await groups('UNION', 'PARK');
    expect(park).toMatchObject({ totalCandidates: 5, ungrouped: 1, totalGroups: 2 });
    expect(
      park.groups.map(({ members, ...g }) => ({ ...g, members: members.map((m) => m.name) })),
    ).toEqual([
      {
        key: HT,
        label: HT,
        organizations: 2,
        employees: 30,
        employeesUnknown: 0,
        partyMembers: 3,
        members: [name(2), name(1)],
      },
      {
        key: ET,
        label: ET,
        organizations: 2,
        employees: 14,
        employeesUnknown: 0,
        partyMembers: 0,
        members: [name(3), name(4)],
      },
    ]);
    const aliased = await graphql<{
      jointCoverageCandidates: {
        groups: Array<{ top: Array<{ name: string }>; all: Array<{ name: string }> }>;
      };
    }>(`
      {
        jointCoverageCandidates(side: UNION, groupBy: PARK) {
          ...G
        }
      }
      fragment G on JointCandidateGroups {
        groups {
          ... on JointCandidateGroup {
            top: members(first: 1) {
              name
            }
            all: members {
              name
            }
          }
        }
      }
    `);
    expect(aliased.jointCoverageCandidates.groups[0]).toEqual({
      top: [{ name: name(2) }],
      all: [{ name: name(2) }, { name: name(1) }],
    });
    const street = await groups('UNION', 'STREET');
    expect(street.groups.map((g) => [g.key, g.label, g.organizations, g.employees])).toEqual([
      ['610113001', divisionName('610113001'), 3, 54],
      ['610113002', '大雁塔街道', 2, 14],
    ]);
    const building = await groups('UNION', 'BUILDING');
    expect(building).toMatchObject({
      totalCandidates: 5,
      ungrouped: 3,
      groups: [{ key: '秦川大厦', organizations: 2, employees: 30 }],
    });
    const chamber = await groups('UNION', 'CHAMBER');
    // 三 is in both chambers and counts in both: the groups add up to more than the candidates.
    expect(chamber).toMatchObject({ totalCandidates: 5, ungrouped: 2, totalGroups: 2 });
    expect(
      chamber.groups.map((g) => [
        g.key,
        g.organizations,
        g.employees,
        g.members.map((m) => m.name),
      ]),
    ).toEqual([
      [YT, 2, 32, [name(5), name(3)]],
      [ZJ, 2, 18, [name(1), name(3)]],
    ]);
  });

  it('counts unknown employees on the Party side, filters, and limits the groups', async () => {
    const party = await groups('PARTY', 'PARK', undefined, 1);
    expect(party).toMatchObject({ totalCandidates: 7, ungrouped: 1, totalGroups: 2 });
    expect(party.groups).toHaveLength(1);
    expect(party.groups[0]).toMatchObject({
      key: HT,
      organizations: 4,
      employees: 70,
      employeesUnknown: 1,
      partyMembers: 4,
    });
    const plain = await graphql<{ jointCoverageCandidates: { groups: unknown[] } }>(`
      {
        jointCoverageCandidates(side: PARTY, groupBy: PARK) {
          groups {
            key
            organizations
          }
        }
      }
    `);
    expect(plain.jointCoverageCandidates.groups).toEqual([
      { key: HT, organizations: 4 },
      { key: ET, organizations: 2 },
    ]);
    expect(await groups('PARTY', 'PARK', { region: '610113' })).toMatchObject({
      totalCandidates: 7,
    });
    expect(await groups('PARTY', 'PARK', { region: '6104' })).toEqual({
      totalCandidates: 0,
      ungrouped: 0,
      totalGroups: 0,
      groups: [],
    });
    const bad = await call(J1, { side: 'PARTY', by: 'PARK', filter: { region: '5101' } });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('agrees with groupJointCandidates, the pure rule, for every side and grouping', async () => {
    const facts = await pool.query<{ facts: CoverageFacts; park: string | null }>(
      'select facts, park from coverage_fact where valid_to is null',
    );
    const chambers = await pool.query<{ organization_id: string; chamber_name: string }>(
      'select organization_id, chamber_name from chamber_membership',
    );
    const addresses = await pool.query<{
      organization_id: string;
      value: unknown;
      source: SourceId;
      observed_at: Date;
    }>(
      `select organization_id, value, source, observed_at from organization_attribute
       where name = 'address'`,
    );
    const items = facts.rows.map(({ facts: f, park }) => ({
      facts: f,
      park: park ?? undefined,
      chambers: chambers.rows
        .filter((c) => String(c.organization_id) === f.organizationId)
        .map((c) => c.chamber_name),
      building: buildingOfAddress(
        surviveAttributes(
          addresses.rows
            .filter((a) => String(a.organization_id) === f.organizationId)
            .map((a) => ({
              name: 'address',
              value: a.value,
              source: a.source,
              observedAt: a.observed_at,
            })),
        ).address as string | undefined,
      ),
    }));
    for (const side of ['PARTY', 'UNION'] as const) {
      for (const by of ['PARK', 'STREET', 'BUILDING', 'CHAMBER'] as const) {
        const expected = groupJointCandidates(items, side, by);
        const actual = await groups(side, by, undefined, 500);
        expect({
          candidates: actual.totalCandidates,
          ungrouped: actual.ungrouped,
          groups: actual.groups.map(
            ({ key, organizations, employees, employeesUnknown, partyMembers }) => ({
              key,
              organizations,
              employees,
              employeesUnknown,
              partyMembers,
            }),
          ),
        }).toEqual({
          candidates: expected.candidates,
          ungrouped: expected.ungrouped,
          groups: expected.groups.map(({ label: _l, organizationIds: _o, ...g }) => g),
        });
      }
    }
  });

  type VenueNode = {
    side: string;
    id: string;
    recordKey: string;
    division: { code: string } | null;
    reported: boolean;
    count: number;
    compliant: boolean;
    missing: string[];
    flagOrEmblem: boolean;
  };
  const VENUES =
    'query ($side: VenueSide, $region: String, $compliant: Boolean, $first: Int, ' +
    '$after: String, $all: Boolean) {\n' +
    '    venues(side: $side, region: $region, compliant: $compliant, first: ' +
    '$first, after: $after, includeInactive: $all) { totalCount\n' +
    '      pageInfo { hasNextPage endCursor } edges { node { side id recordKey ' +
    'division { code } reported count compliant missing flagOrEmblem } } } }';
  type VenuePage = {
    venues: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: Array<{ node: VenueNode }>;
    };
  };
  const keysOf = (page: VenuePage) => page.venues.edges.map((e) => e.node.recordKey);

  it('judges each venue against the six haves, filters and pages', async () => {
    const all = await graphql<VenuePage>(VENUES, { first: 50 });
    expect(all.venues.totalCount).toBe(5);
    const byKey = new Map(all.venues.edges.map((e) => [e.node.recordKey, e.node]));
    expect(byKey.get('PA')).toMatchObject({
      side: 'PARTY',
      reported: true,
      count: 5,
      compliant: false,
      missing: ['books'],
      division: { code: '610113' },
    });
    expect(byKey.get('PB')).toMatchObject({
      reported: true,
      count: 6,
      compliant: true,
      missing: [],
    });
    expect(byKey.get('PC')).toMatchObject({
      reported: false,
      count: 0,
      compliant: false,
      missing: ['place', 'facilities', 'signage', 'flagOrEmblem', 'books', 'rules'],
    });
    expect(byKey.get('UA')).toMatchObject({ side: 'UNION', compliant: true, flagOrEmblem: true });
    expect(byKey.get('UB')).toMatchObject({ reported: false, compliant: false });
    const order = all.venues.edges.map((e) => [e.node.side, Number(e.node.id)]);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1]),
      ),
    );
    expect(keysOf(await graphql<VenuePage>(VENUES, { compliant: true })).sort()).toEqual([
      'PB',
      'UA',
    ]);
    expect(keysOf(await graphql<VenuePage>(VENUES, { compliant: false })).sort()).toEqual([
      'PA',
      'PC',
      'UB',
    ]);
    expect(keysOf(await graphql<VenuePage>(VENUES, { side: 'UNION', region: '610400' }))).toEqual([
      'UB',
    ]);
    expect(keysOf(await graphql<VenuePage>(VENUES, { all: true })).sort()).toEqual([
      'PA',
      'PB',
      'PC',
      'PD',
      'UA',
      'UB',
    ]);
    const pages: VenuePage[] = [];
    for (let i = 0; i < 3; i++)
      pages.push(
        await graphql<VenuePage>(VENUES, {
          first: 2,
          after: pages.at(-1)?.venues.pageInfo.endCursor,
        }),
      );
    expect(pages.map((page) => page.venues.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.flatMap(keysOf)).toEqual(keysOf(all));
    expect((await call(VENUES, { region: 'xi-an' })).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('sums the six haves per item', async () => {
    const q =
      'query ($region: String, $side: VenueSide) { venueSummary(region: $region, side: ' +
      '$side) { bodies reported compliant\n' +
      '      byItem { place facilities signage flagOrEmblem books rules } } }';
    expect((await graphql<{ venueSummary: unknown }>(q)).venueSummary).toEqual({
      bodies: 5,
      reported: 3,
      compliant: 2,
      byItem: { place: 3, facilities: 3, signage: 3, flagOrEmblem: 3, books: 2, rules: 3 },
    });
    expect(
      (await graphql<{ venueSummary: unknown }>(q, { side: 'PARTY' })).venueSummary,
    ).toMatchObject({ bodies: 3, reported: 2, compliant: 1 });
    expect(
      (await graphql<{ venueSummary: unknown }>(q, { region: '610113' })).venueSummary,
    ).toMatchObject({ bodies: 3, reported: 3, compliant: 2 });
  });

  it('records joint meetings with an audit entry and reports A1 per region', async () => {
    // a whole past year: no date of it is in the future
    const year = Number(todayInChina().slice(0, 4)) - 1;
    const record =
      'mutation ($region: String!, $heldOn: String!, $title: String) { ' +
      'recordJointMeeting(region: $region, heldOn: $heldOn, title: $title) {\n' +
      '      id division { code name } heldOn title recordedBy } }';
    const city = await graphql<{ recordJointMeeting: Record<string, unknown> }>(record, {
      region: '610400',
      heldOn: `${year}-03-15`,
      title: '党工共建联席会议',
    });
    expect(city.recordJointMeeting).toMatchObject({
      division: { code: '610400', name: '咸阳市' },
      heldOn: `${year}-03-15`,
      recordedBy: 'analyst-7',
    });
    await graphql(record, { region: '610403', heldOn: `${year}-06-01` });
    await graphql(record, { region: '610402', heldOn: `${year - 1}-12-31` });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    for (const [region, heldOn] of [
      ['610400', tomorrow],
      ['619900', `${year}-01-01`],
      ['6104', `${year}-01-01`],
      ['610400', `${year}-02-30`],
      ['610113001', `${year}-01-01`],
    ]) {
      const rejected = await call(record, { region, heldOn });
      expect([region, heldOn, rejected.errors?.[0].extensions.code]).toEqual([
        region,
        heldOn,
        'BAD_USER_INPUT',
      ]);
    }
    const audits = await pool.query(
      `select actor, detail from audit_entry where action = 'record-joint-meeting' order by id`,
    );
    expect(audits.rows).toHaveLength(3);
    expect(audits.rows[0]).toMatchObject({
      actor: 'analyst-7',
      detail: { region: '610400', heldOn: `${year}-03-15`, meetingId: city.recordJointMeeting.id },
    });

    type A1 = {
      jointMeetings: Array<{
        division: { code: string };
        level: string;
        meetings: number;
        compliant: boolean;
        dates: string[];
      }>;
    };
    const q =
      'query ($region: String!, $year: Int!) { jointMeetings(region: $region, year: ' +
      '$year) { division { code } level meetings compliant dates } }';
    const xianyang = (await graphql<A1>(q, { region: '610400', year })).jointMeetings;
    expect(xianyang[0]).toEqual({
      division: { code: '610400' },
      level: 'city',
      meetings: 1,
      compliant: true,
      dates: [`${year}-03-15`],
    });
    expect(xianyang.slice(1).map((r) => r.division.code)).toEqual([
      '610402',
      '610403',
      '610404',
      '610422',
      '610423',
      '610424',
      '610425',
      '610426',
      '610428',
      '610429',
      '610430',
      '610431',
      '610481',
      '610482',
    ]);
    expect(xianyang.find((r) => r.division.code === '610403')).toMatchObject({
      level: 'county',
      meetings: 1,
      compliant: true,
      dates: [`${year}-06-01`],
    });
    expect(xianyang.find((r) => r.division.code === '610402')).toMatchObject({
      meetings: 0,
      compliant: false,
      dates: [],
    });
    const province = (await graphql<A1>(q, { region: '610000', year })).jointMeetings;
    expect(province.map((r) => [r.division.code, r.compliant])).toEqual([
      ['610000', false],
      ...[
        '610100',
        '610200',
        '610300',
        '610400',
        '610500',
        '610600',
        '610700',
        '610800',
        '610900',
        '611000',
      ].map((c) => [c, c === '610400']),
    ]);
    expect((await graphql<A1>(q, { region: '610402', year: year - 1 })).jointMeetings).toEqual([
      {
        division: { code: '610402' },
        level: 'county',
        meetings: 1,
        compliant: true,
        dates: [`${year - 1}-12-31`],
      },
    ]);
    expect((await call(q, { region: '999999', year })).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
