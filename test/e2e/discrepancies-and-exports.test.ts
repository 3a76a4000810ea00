import type { Server } from 'node:http';
import { OPEN_IDENTITY } from '../../src/access/identity';
import { RequestAuditLog } from '../../schema/access/request-audit-log';
import { openAccess } from '../support/open-access';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import express from 'express';
import type { Pool } from 'pg';
import { registryStatus, type CanonicalRecord } from '../../src/canonical/canonical-record';
import { identifierClaims } from '../../src/canonical/identifier-claim';
import { loadHubConfig } from '../../src/config/hub-config';
import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { landBatch } from '../../src/landing/land-batch';
import { resolvePending } from '../../src/resolution/resolve-pending';
import { openDatabase } from '../../src/storage/database';
import { inTransaction, openSqlPool } from '../../src/storage/sql-pool';
import { buildHubSchema } from '../../schema/build-schema';
import { createContext, type HubContext } from '../../schema/context';
import { GAP_COLUMNS } from '../../schema/exports/export-columns';
import { mountExports } from '../../schema/exports/export-routes';
import {
  enterprise,
  landRecords,
  memberDistribution,
  partyOrganization,
  statisticsUnit,
  testUscc,
} from '../support/graph-builder';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// A: statistics 30 employees, tax 40; tax names it …有限责任公司 (same normalized name) → EMPLOYEES B:
// tax 注销 while market regulation 存续 → STATUS C: market regulation and tax in 610103, statistics
// 610113; tax calls it 丙商贸 → DIVISION, NAME E: a tax record whose USCC fails its check character →
// IDENTIFIER (tax) Party roster: PA covers A under a mistyped code (repaired), PX an unknown unit,
// and a member-distribution row names an unknown unit → IDENTIFIER (party-org) S2: in the first
// civil-affairs snapshot, not in the second (still registered at tax) → ABSENT
const wrongCheck = (uscc: string) => uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
const [A, B, C, E, S1, S2, UNKNOWN, UNKNOWN_MEMBERS] = [
  testUscc(1),
  testUscc(2),
  testUscc(3),
  wrongCheck(testUscc(5)),
  testUscc(11, '51610113'),
  testUscc(12, '51610113'),
  testUscc(99),
  testUscc(98),
];

function taxpayer(
  key: string,
  name: string,
  employees: number | undefined,
  extra: Partial<CanonicalRecord> = {},
): CanonicalRecord {
  return {
    source: 'tax',
    stream: 'taxpayers',
    key,
    entity: 'organization',
    identifiers: identifierClaims(key),
    name,
    status: registryStatus('正常'),
    divisionCode: '610113',
    employees,
    ...extra,
  };
}

function socialOrg(uscc: string, name: string): CanonicalRecord {
  return {
    source: 'civil-affairs',
    stream: 'social-orgs',
    key: uscc,
    entity: 'organization',
    kind: 'SOCIAL_GROUP',
    identifiers: identifierClaims(uscc),
    name,
    status: registryStatus('正常'),
    divisionCode: '610113',
    registration: { authority: '西安市民政局', level: 'city' },
    socialOrgType: '社会团体',
  };
}

/**
 * Lands one full civil-affairs snapshot file, as the drop connector does (final batch marks the
 * absent).
 */
async function landSnapshot(pool: Pool, file: string, records: CanonicalRecord[]): Promise<void> {
  const runId = (
    await pool.query<{ id: string }>(
      `insert into sync_run (source, started_at) values ('civil-affairs', now()) returning id`,
    )
  ).rows[0].id;
  await inTransaction(pool, (client) =>
    landBatch(client, 'civil-affairs', runId, {
      stream: 'social-orgs',
      origin: file,
      rejections: [],
      snapshot: { file, final: true },
      records: records.map((canonical) => ({
        key: canonical.key,
        payload: { ...canonical },
        canonical,
      })),
    }),
  );
}

/** The first worksheet as opened by exceljs's reader: rows of cell values, header first. */
async function sheetRows(response: Response): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from(Buffer.from(await response.arrayBuffer())));
  return workbook.worksheets[0]
    .getSheetValues()
    .filter(Boolean)
    .map((row) => (row as unknown[]).slice(1));
}

interface Node {
  organization: { uscc: string | null; name: string } | null;
  stream: string;
  recordKey: string;
  value: unknown;
  others: Array<{ source: string; value: unknown }>;
  detail: string;
}
interface Connection {
  totalCount: number;
  edges: Array<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type GapEdge = {
  node: {
    organization: { uscc: string; name: string };
    employees: number;
    partyMembers: number;
    reason: string;
  };
};

describe('discrepancies (information feedback) and exports', () => {
  let db: TestDatabase;
  let pool: Pool;
  let orm: MikroORM;
  let apollo: ApolloServer<HubContext>;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openSqlPool(db.url);
    orm = await openDatabase(db.url);
    await landRecords(pool, [
      enterprise('RA', A, '西安甲科技有限公司'),
      enterprise('RB', B, '西安乙科技有限公司'),
      enterprise('RC', C, '西安丙科技有限公司', { divisionCode: '610103' }),
      statisticsUnit(A, '西安甲科技有限公司', 30),
      statisticsUnit(B, '西安乙科技有限公司', 26),
      statisticsUnit(C, '西安丙科技有限公司', 50),
      taxpayer(A, '西安甲科技有限责任公司', 40),
      taxpayer(B, '西安乙科技有限公司', 26, { status: registryStatus('注销') }),
      taxpayer(C, '西安丙商贸有限公司', 50, { divisionCode: '610103' }),
      taxpayer(E, '西安戊餐饮有限公司', undefined),
      taxpayer(S2, '西安市乙协会', undefined),
      memberDistribution(A, '西安甲科技有限公司', 4),
      memberDistribution(UNKNOWN_MEMBERS, '西安无名商贸有限公司', 5),
      partyOrganization('PA', '单独组建', [[wrongCheck(A), '西安甲科技有限公司']]),
      partyOrganization('PX', '单独组建', [[UNKNOWN, '西安未知有限公司']]),
    ]);
    await landSnapshot(pool, 'social_orgs_20260101.csv', [
      socialOrg(S1, '西安市甲协会'),
      socialOrg(S2, '西安市乙协会'),
    ]);
    await resolvePending(pool);
    await landSnapshot(pool, 'social_orgs_20260201.csv', [socialOrg(S1, '西安市甲协会')]);
    await resolvePending(pool);
    await runCoverage(pool);

    const schema = await buildHubSchema();
    apollo = new ApolloServer<HubContext>({ schema });
    await apollo.start();
    const app = express();
    const feeds = loadHubConfig({}).feeds;
    app.use(
      '/graphql',
      express.json(),
      expressMiddleware(apollo, {
        context: async () => createContext({ em: orm.em, pool, feeds }, OPEN_IDENTITY, 'anonymous'),
      }),
    );
    // Two rows per query: the exports cross page boundaries.
    mountExports(app, { pool, pageSize: 2, audit: new RequestAuditLog(pool) }, [openAccess]);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await Promise.all([apollo.stop(), orm.close()]);
    await pool.end();
    await db.drop();
  });

  type Answer<T> = { data: T; errors?: Array<{ message: string; extensions: { code: string } }> };
  async function graphql<T>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Answer<T>> {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer<T>;
  }

  const LIST =
    'query ($source: String!, $field: DiscrepancyField!, $first: Int, $after: ' +
    'String) {\n' +
    '    discrepancies(source: $source, field: $field, first: $first, after: ' +
    '$after) {\n' +
    '      totalCount pageInfo { hasNextPage endCursor }\n' +
    '      edges { node { organization { uscc name } stream recordKey value others ' +
    '{ source value } detail } } } }';

  async function list(
    source: string,
    field: string,
    first = 50,
    after?: string,
  ): Promise<Connection> {
    const body = await graphql<{ discrepancies: Connection }>(LIST, {
      source,
      field,
      first,
      after,
    });
    expect(body.errors).toBeUndefined();
    return body.data.discrepancies;
  }

  /** Record key, organization USCC, value and others of each row: what a clerk compares. */
  async function rows(source: string, field: string) {
    const connection = await list(source, field);
    expect(connection.totalCount).toBe(connection.edges.length); // totalCount agrees with the list
    return connection.edges.map(({ node }) => [
      node.recordKey,
      node.organization?.uscc ?? null,
      node.value,
      node.others,
    ]);
  }

  it('EMPLOYEES: each side of a disagreement sees the other value and source', async () => {
    expect(await rows('statistics', 'EMPLOYEES')).toEqual([
      [A, A, 30, [{ source: 'tax', value: 40 }]],
    ]);
    expect(await rows('tax', 'EMPLOYEES')).toEqual([
      [A, A, 40, [{ source: 'statistics', value: 30 }]],
    ]);
    expect(await rows('market-regulation', 'EMPLOYEES')).toEqual([]);
    const { edges } = await list('tax', 'EMPLOYEES');
    expect(edges[0].node.detail).toBe(
      '税务记录的从业人员为 40 人，与其他部门不一致（统计：30 人）。请核实并更正本部门登记。',
    );
  });

  it('STATUS compares active, showing each raw status', async () => {
    expect(await rows('tax', 'STATUS')).toEqual([
      [
        B,
        B,
        { active: false, status: '注销' },
        [{ source: 'market-regulation', value: { active: true, status: '存续' } }],
      ],
    ]);
    expect(await rows('market-regulation', 'STATUS')).toEqual([
      [
        'RB',
        B,
        { active: true, status: '存续' },
        [{ source: 'tax', value: { active: false, status: '注销' } }],
      ],
    ]);
  });

  it('DIVISION and NAME (normalized: 有限责任公司 = 有限公司 is no discrepancy)', async () => {
    expect(await rows('statistics', 'DIVISION')).toEqual([
      [
        C,
        C,
        '610113',
        [
          { source: 'market-regulation', value: '610103' },
          { source: 'tax', value: '610103' },
        ],
      ],
    ]);
    expect(await rows('market-regulation', 'DIVISION')).toEqual([
      ['RC', C, '610103', [{ source: 'statistics', value: '610113' }]],
    ]);
    expect(await rows('market-regulation', 'NAME')).toEqual([
      ['RC', C, '西安丙科技有限公司', [{ source: 'tax', value: '西安丙商贸有限公司' }]],
    ]);
    expect(await rows('tax', 'NAME')).toEqual([
      [
        C,
        C,
        '西安丙商贸有限公司',
        [
          { source: 'market-regulation', value: '西安丙科技有限公司' },
          { source: 'statistics', value: '西安丙科技有限公司' },
        ],
      ],
    ]);
  });

  it('IDENTIFIER: invalid claims, unlinked member distribution, unresolved and repaired roster references — paged across both parts', async () => {
    const tax = await list('tax', 'IDENTIFIER');
    expect(tax.edges.map(({ node }) => [node.recordKey, node.value])).toEqual([
      [E, { name: '西安戊餐饮有限公司', invalid: [{ scheme: 'uscc', raw: E }] }],
    ]);
    expect(tax.edges[0].node.organization).toMatchObject({
      uscc: null,
      name: '西安戊餐饮有限公司',
    });
    expect(tax.edges[0].node.detail).toContain(`统一社会信用代码「${E}」无效`);

    const seen: Node[] = []; // one per page: the cursor crosses from records to roster references
    for (let after: string | undefined, more = true; more;) {
      const connection = await list('party-org', 'IDENTIFIER', 1, after);
      expect(connection.totalCount).toBe(3);
      seen.push(...connection.edges.map((e) => e.node));
      [more, after] = [connection.pageInfo.hasNextPage, connection.pageInfo.endCursor ?? undefined];
    }
    expect(seen.map((n) => [n.stream, n.recordKey, n.organization?.uscc ?? null])).toEqual([
      ['member-distribution', UNKNOWN_MEMBERS, null],
      ['party-orgs', 'PA', A],
      ['party-orgs', 'PX', null],
    ]);
    expect(seen[0].value).toMatchObject({ unlinked: true, typed: UNKNOWN_MEMBERS });
    expect(seen[1].value).toMatchObject({
      how: 'repaired-uscc',
      typed: wrongCheck(A),
      repairedTo: A,
      unitName: '西安甲科技有限公司',
    });
    expect(seen[1].others).toEqual(
      expect.arrayContaining([
        { source: 'market-regulation', value: A },
        { source: 'tax', value: A },
      ]),
    );
    expect(seen[1].detail).toContain(`已按名称核对更正为「${A}」`);
    expect(seen[2].value).toMatchObject({
      how: 'unresolved',
      typed: UNKNOWN,
      unitName: '西安未知有限公司',
    });
    expect(seen[2].detail).toContain('未能对应到任何已登记单位');
    expect(await rows('market-regulation', 'IDENTIFIER')).toEqual([]);
  });

  it('ABSENT: a record the newer civil-affairs snapshot dropped, with who still lists it', async () => {
    const connection = await list('civil-affairs', 'ABSENT');
    expect(
      connection.edges.map(({ node }) => [node.recordKey, node.organization?.uscc, node.others]),
    ).toEqual([[S2, S2, [{ source: 'tax', value: { name: '西安市乙协会', status: '正常' } }]]]);
    expect(connection.edges[0].node.detail).toMatch(
      /不在民政最新的全量名单中.*税务仍有该单位的登记/,
    );
    expect(await rows('tax', 'ABSENT')).toEqual([]);
  });

  it('rejects an unknown source, naming the allowed ones', async () => {
    const body = await graphql(`
      {
        discrepancies(source: "customs", field: EMPLOYEES) {
          totalCount
        }
      }
    `);
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toContain(
      'market-regulation, civil-affairs, statistics, tax, federation, party-org, trade-union',
    );
  });

  async function gapsViaGraphql(): Promise<GapEdge[]> {
    const body = await graphql<{ gaps: { edges: GapEdge[] } }>(`
      {
        gaps(rule: U1_NO_STANDALONE_UNION, first: 100) {
          edges {
            node {
              organization {
                uscc
                name
              }
              employees
              partyMembers
              reason
            }
          }
        }
      }
    `);
    expect(body.errors).toBeUndefined();
    return body.data.gaps.edges;
  }

  it('exports a gap list as CSV (UTF-8 with BOM, Chinese headers) with the rows of the gaps query', async () => {
    const response = await fetch(`${base}/exports/gaps.csv?rule=U1_NO_STANDALONE_UNION`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="gaps-U1_NO_STANDALONE_UNION-[\d-]+\.csv"; filename\*=UTF-8''/,
    );
    expect(
      decodeURIComponent(response.headers.get('content-disposition')!.split("UTF-8''")[1]),
    ).toMatch(/^覆盖缺口_U1_职工25人以上未单独建立工会_[\d-]+\.csv$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parse(bytes.subarray(3).toString('utf8')) as string[][];
    expect(header).toEqual([
      '组织编号',
      '统一社会信用代码',
      '单位名称',
      '单位类型',
      '登记状态',
      '所属区划',
      '区划名称',
      '行业',
      '从业人员',
      '从业人员来源',
      '正式党员数',
      '党组织覆盖',
      '工会覆盖',
      '规则',
      '原因',
      '数据来源',
    ]);
    const gaps = await gapsViaGraphql();
    expect(gaps.map((g) => g.node.organization.uscc)).toEqual([A, B, C]);
    const column = (name: string) => header.indexOf(name);
    expect(
      records.map((r) => [
        r[column('统一社会信用代码')],
        r[column('单位名称')],
        Number(r[column('从业人员')]),
        Number(r[column('正式党员数')]),
        r[column('原因')],
      ]),
    ).toEqual(
      gaps.map(({ node }) => [
        node.organization.uscc,
        node.organization.name,
        node.employees,
        node.partyMembers,
        expect.stringMatching(
          new RegExp(
            `^从业人员${node.employees}人（统计 期末从业人员）≥ 25人，应单独建会，工会覆盖为“未覆盖”$`,
          ),
        ),
      ]),
    );
    expect(records[0][column('工会覆盖')]).toBe('未覆盖');
    expect(records[0][column('从业人员来源')]).toBe('统计');
  });

  it('exports the same gap list as XLSX that a real reader opens', async () => {
    const response = await fetch(
      `${base}/exports/gaps.xlsx?rule=U1_NO_STANDALONE_UNION&region=6101&kind=ENTERPRISE`,
    ); // all three match
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const values = await sheetRows(response);
    expect(values[0]).toEqual(GAP_COLUMNS.map((c) => c.header));
    const gaps = await gapsViaGraphql();
    expect(values.slice(1).map((r) => [r[1], r[2], r[8]])).toEqual(
      gaps.map(({ node }) => [node.organization.uscc, node.organization.name, node.employees]),
    );
  });

  it('exports a discrepancy report with the rows of the discrepancies query', async () => {
    const csv = await fetch(`${base}/exports/discrepancies.csv?source=party-org&field=IDENTIFIER`);
    const [header, ...records] = parse((await csv.text()).replace(/^\uFEFF/, '')) as string[][];
    expect(header).toEqual([
      '组织编号',
      '统一社会信用代码',
      '单位名称',
      '数据来源',
      '差异类型',
      '记录类别',
      '记录编号',
      '本部门数据',
      '其他部门数据',
      '说明',
    ]);
    const listed = await list('party-org', 'IDENTIFIER');
    expect(records.map((r) => [r[6], r[9]])).toEqual(
      listed.edges.map(({ node }) => [node.recordKey, node.detail]),
    );
    expect(records[0][3]).toBe('党组织名册');

    const values = await sheetRows(
      await fetch(`${base}/exports/discrepancies.xlsx?source=tax&field=STATUS`),
    );
    expect(values.slice(1).map((r) => [r[1], r[7], r[8]])).toEqual([
      [B, '「注销」（不在营）', '市场监管：「存续」（在营）'],
    ]);
  });

  it('answers bad parameters with 400 naming the parameter and the allowed values, and documents the exports', async () => {
    const bad = await fetch(`${base}/exports/gaps.csv?rule=U9`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      parameter: 'rule',
      allowed: expect.arrayContaining(['U1_NO_STANDALONE_UNION']),
    });
    const missing = await fetch(`${base}/exports/discrepancies.xlsx?field=NAME`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      parameter: 'source',
      allowed: expect.arrayContaining(['tax']),
    });
    const region = await fetch(`${base}/exports/gaps.csv?rule=M1_PARTY_WITHOUT_UNION&region=1101`);
    expect(await region.json()).toMatchObject({ parameter: 'region' });
    const described = (await (await fetch(`${base}/exports`)).json()) as {
      exports: Array<{ paths: string[] }>;
    };
    expect(described.exports.flatMap((e) => e.paths)).toEqual([
      '/exports/gaps.csv',
      '/exports/gaps.xlsx',
      '/exports/discrepancies.csv',
      '/exports/discrepancies.xlsx',
      '/exports/follow-ups.csv',
      '/exports/follow-ups.xlsx',
    ]);
  });
});
