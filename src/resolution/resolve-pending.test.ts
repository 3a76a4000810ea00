import type { Pool } from 'pg';
import { landRecords } from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import type { CanonicalRecord } from '../canonical/canonical-record';
import { identifierClaims, taxpayerIdClaim } from '../canonical/identifier-claim';
import { validOrganizationCode, validUscc } from '../matching/test-codes';
import { resolvePending } from './resolve-pending';

const USCC_A = '914403001922038216';
const USCC_B = '9144030071526726XG';

function enterprise(
  key: string,
  name: string,
  ids: Array<string | null>,
  extra: Partial<CanonicalRecord> = {},
): CanonicalRecord {
  return {
    source: 'market-regulation',
    stream: 'enterprises',
    key,
    entity: 'organization',
    kind: 'ENTERPRISE',
    identifiers: identifierClaims(...ids),
    name,
    status: { raw: '存续', active: true },
    divisionCode: '610113',
    ...extra,
  };
}

describe('deterministic resolution into organizations', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });
  const land = (records: CanonicalRecord[]) => landRecords(pool, records);
  const organizationOf = async (key: string) =>
    (
      await pool.query<{ organization_id: string }>(
        'select organization_id from record_link where record_key = $1',
        [key],
      )
    ).rows[0]?.organization_id;

  it('gives each valid USCC one organization and keeps records without one apart', async () => {
    await land([
      enterprise('R1', '西安甲科技有限公司', [USCC_A]),
      enterprise('R2', '西安乙科技有限公司', [USCC_B]),
      enterprise('R3', '西安丙面馆', [null, '610104000012345'], { kind: 'INDIVIDUAL_BUSINESS' }),
      enterprise('R4', '西安丁公司', ['91350211M00013FA1N']),
    ]);
    const counts = await resolvePending(pool);
    expect(counts).toEqual({
      records: 4,
      organizationsCreated: 4,
      organizationsTouched: 4,
      organizationsMerged: 0,
      unresolvedReferences: 0,
    });
    const orgs = await pool.query(
      'select uscc, name, kind, division_code from organization order by id',
    );
    expect(orgs.rows).toEqual([
      { uscc: USCC_A, name: '西安甲科技有限公司', kind: 'ENTERPRISE', division_code: '610113' },
      { uscc: USCC_B, name: '西安乙科技有限公司', kind: 'ENTERPRISE', division_code: '610113' },
      { uscc: null, name: '西安丙面馆', kind: 'INDIVIDUAL_BUSINESS', division_code: '610113' },
      { uscc: null, name: '西安丁公司', kind: 'ENTERPRISE', division_code: '610113' },
    ]);
    const link = await pool.query(
      `select decided_by, reasons from record_link where record_key = 'R1'`,
    );
    expect(link.rows[0]).toEqual({
      decided_by: 'rule:uscc',
      reasons: [{ field: 'uscc', level: 'exact', value: USCC_A }],
    });
  });

  it('keeps ids stable when records change, and moves values with their record', async () => {
    const before = { r1: await organizationOf('R1'), r3: await organizationOf('R3') };
    await land([enterprise('R1', '西安甲科技有限责任公司', [USCC_A], { divisionCode: '610104' })]);
    expect(await resolvePending(pool)).toMatchObject({ records: 1, organizationsCreated: 0 });
    expect(await organizationOf('R1')).toBe(before.r1);
    const org = await pool.query('select name, division_code from organization where id = $1', [
      before.r1,
    ]);
    expect(org.rows[0]).toEqual({ name: '西安甲科技有限责任公司', division_code: '610104' });
    const attributes = await pool.query(
      `select value from organization_attribute where organization_id = $1 and name = 'name'`,
      [before.r1],
    );
    expect(attributes.rows).toEqual([{ value: '西安甲科技有限责任公司' }]);
    expect(await organizationOf('R3')).toBe(before.r3);
  });

  it('resolves records with a USCC before the matcher, whatever order they landed in', async () => {
    const person = { legalRepresentative: '王建国', address: '西安市雁塔区科技路10号' };
    await land([
      {
        ...enterprise('S1', '西安戊信息技术有限公司', [], person),
        source: 'statistics',
        stream: 'units',
        kind: 'ENTERPRISE',
      },
    ]);
    await land([enterprise('R5', '西安戊信息技术有限公司', ['91610113MA6TXD2E79'], person)]);
    // One record per chunk: the statistics record, landed first, must still meet the registry's
    // organization.
    expect(await resolvePending(pool, 1)).toMatchObject({ records: 2, organizationsCreated: 1 });
    expect(await organizationOf('S1')).toBe(await organizationOf('R5'));
    const link = await pool.query(`select decided_by from record_link where record_key = 'S1'`);
    expect(link.rows[0].decided_by).toMatch(/^model:/);
    expect((await pool.query('select count(*)::int as n from resolution_queue')).rows[0].n).toBe(0);
  });

  it.each([
    [5000, 'one chunk'],
    [1, 'separate chunks'],
  ])('links a legacy tax id to the unit carrying its organization code (%i: %s)', async (chunk) => {
    const code = validOrganizationCode(chunk === 1 ? 'QWERTYU1' : 'ASDFGHJ2');
    const name = chunk === 1 ? '西安庚贸易有限公司' : '西安辛贸易有限公司';
    // The tax record comes first: the unit must find the organization through the code inside the
    // tax id.
    await land([
      {
        ...enterprise(`T-${code}`, `${name}（税务）`, []),
        source: 'tax',
        stream: 'taxpayers',
        identifiers: [taxpayerIdClaim(`610113${code}`)!],
      },
    ]);
    await land([
      { ...enterprise(`S-${code}`, name, [code]), source: 'statistics', stream: 'units' },
    ]);
    expect(await resolvePending(pool, chunk)).toMatchObject({
      records: 2,
      organizationsCreated: 1,
    });
    expect(await organizationOf(`T-${code}`)).toBe(await organizationOf(`S-${code}`));
    const link = await pool.query(`select decided_by from record_link where record_key = $1`, [
      `S-${code}`,
    ]);
    expect(link.rows[0].decided_by).toBe('rule:organization-code');
  });

  it('does nothing when nothing new landed', async () => {
    expect(await resolvePending(pool)).toEqual({
      records: 0,
      organizationsCreated: 0,
      organizationsTouched: 0,
      organizationsMerged: 0,
      unresolvedReferences: 0,
    });
  });
});

describe('parallel identifier pass', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });

  it('gives each USCC one organization when shards of USCCs resolve in parallel, one record per chunk', async () => {
    const usccs = ['ABCDEFG1', 'BCDEFGH2', 'CDEFGHJ3', 'DEFGHJK4', 'EFGHJKL5', 'FGHJKLM6'].map(
      (body) => validUscc('610113', body),
    );
    const records = usccs.flatMap((uscc, i) => [
      enterprise(`M${i}`, `西安${'甲乙丙丁戊己'[i]}科技有限公司`, [uscc]),
      {
        ...enterprise(`T${i}`, `西安${'甲乙丙丁戊己'[i]}科技有限公司`, [uscc]),
        source: 'tax' as const,
        stream: 'taxpayers',
      },
    ]);
    await landRecords(pool, records);
    const shards = await pool.query<{ n: number }>(
      'select count(distinct uscc_shard % 3)::int as n from resolution_queue',
    );
    expect(shards.rows[0].n).toBeGreaterThan(1);
    expect(await resolvePending(pool, 1, undefined, 3)).toMatchObject({
      records: 12,
      organizationsCreated: 6,
    });
    const perUscc = await pool.query<{ uscc: string; records: number }>(
      `select o.uscc, count(l.*)::int as records from organization o
       join record_link l on l.organization_id = o.id group by o.uscc order by o.uscc`,
    );
    expect(perUscc.rows).toEqual([...usccs].sort().map((uscc) => ({ uscc, records: 2 })));
    expect((await pool.query('select count(*)::int as n from golden_dirty')).rows[0].n).toBe(0);
  });
});

describe('roster resolution: covered units and member distribution', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });
  const land = (records: CanonicalRecord[]) => landRecords(pool, records);

  it('resolves dirty covered units, keeps the unmatched ones as unresolved edges, and retries them later', async () => {
    await land([enterprise('R1', '西安甲科技有限公司', [USCC_A])]);
    await land([
      {
        source: 'party-org',
        stream: 'party-orgs',
        key: 'P1',
        entity: 'party-organization',
        identifiers: [],
        name: '中共西安甲科技有限公司支部委员会',
        status: { raw: '正常', active: true },
        coverage: {
          form: '联合组建',
          level: '联合党支部',
          coveredUnits: [
            { identifier: identifierClaims('9144O3001922038216')[0], name: '西安甲科技有限公司' },
            { identifier: identifierClaims(USCC_B)[0], name: '西安乙科技有限公司' },
          ],
        },
      },
    ]);
    const USCC_C = validUscc('610113', 'MA6W0001');
    await land(
      [USCC_A, USCC_C].map((uscc, i): CanonicalRecord => ({
        source: 'party-org',
        stream: 'member-distribution',
        key: uscc,
        entity: 'member-distribution',
        identifiers: identifierClaims(uscc),
        name: ['西安甲科技有限公司', '西安丙商贸有限公司'][i],
        partyMembers: { full: 3, probationary: 1, instructorAssigned: false },
      })),
    );
    // The records waiting for an organization, by their landing keys.
    const waiting = async () =>
      (
        await pool.query<{ key: string }>(
          `select s.stream || '/' || s.record_key as key from unresolved_reference r
           join source_record s on s.id = r.source_record_id order by 1`,
        )
      ).rows.map((r) => r.key);
    const first = await resolvePending(pool);
    expect(first.unresolvedReferences).toBe(2);
    expect(await waiting()).toEqual([`member-distribution/${USCC_C}`, 'party-orgs/P1']);
    const edges = await pool.query(
      `select organization_id, form, resolution->>'how' as how from coverage_edge order by id`,
    );
    const orgA = (await pool.query(`select id from organization where uscc = $1`, [USCC_A])).rows[0]
      .id;
    expect(edges.rows).toEqual([
      { organization_id: orgA, form: '联合组建', how: 'repaired-uscc' },
      { organization_id: null, form: '联合组建', how: 'unresolved' },
    ]);
    const members = await pool.query(
      `select value from organization_attribute
       where organization_id = $1 and name = 'fullPartyMembers'`,
      [orgA],
    );
    expect(members.rows).toEqual([{ value: 3 }]);

    await land([enterprise('R2', '西安乙科技有限公司', [USCC_B])]);
    expect((await resolvePending(pool)).unresolvedReferences).toBe(1);
    const orgB = (await pool.query(`select id from organization where uscc = $1`, [USCC_B])).rows[0]
      .id;
    const retried = await pool.query(`select organization_id from coverage_edge order by id`);
    expect(retried.rows.map((r) => r.organization_id)).toEqual([orgA, orgB]);
    expect(await waiting()).toEqual([`member-distribution/${USCC_C}`]);

    await land([enterprise('R3', '西安丙商贸有限公司', [USCC_C])]);
    expect((await resolvePending(pool)).unresolvedReferences).toBe(0);
    const orgC = (await pool.query(`select id from organization where uscc = $1`, [USCC_C])).rows[0]
      .id;
    const membersC = await pool.query(
      `select value from organization_attribute
       where organization_id = $1 and name = 'fullPartyMembers'`,
      [orgC],
    );
    expect(membersC.rows).toEqual([{ value: 3 }]);
    expect(await waiting()).toEqual([]);
  });

  it('recomputes, once the rosters are resolved, what a member distribution brings to its organization', async () => {
    const uscc = validUscc('610113', 'MA6W2001');
    await land([enterprise('M1', '西安戊商贸有限公司', [uscc])]);
    await resolvePending(pool);
    const org = (await pool.query(`select id from organization where uscc = $1`, [uscc])).rows[0]
      .id;
    await pool.query('delete from coverage_dirty');
    // The Party roster writes the unit's name another way: a name the matcher should know the
    // organization by.
    await land([
      {
        source: 'party-org',
        stream: 'member-distribution',
        key: uscc,
        entity: 'member-distribution',
        identifiers: identifierClaims(uscc),
        name: '西安戊商贸公司',
        partyMembers: { full: 5, probationary: 0, instructorAssigned: false },
      },
    ]);
    await resolvePending(pool);
    expect((await pool.query('select organization_id from golden_dirty')).rows).toEqual([]);
    expect((await pool.query('select organization_id from coverage_dirty')).rows).toEqual([
      { organization_id: org },
    ]);
    const profile = (
      await pool.query(`select profile from organization_profile where organization_id = $1`, [org])
    ).rows[0].profile;
    expect(profile.formerNameKeys).toHaveLength(1);
    expect(profile.formerNameKeys[0]).not.toBe(profile.nameKey);
  });

  it("links a member distribution by its unit's USCC in the run that brings the unit, and by name what only a name finds", async () => {
    const known = validUscc('610113', 'MA6W3001');
    const unknown = validUscc('610113', 'MA6W3002');
    await land([
      enterprise('K1', '西安庚商贸有限公司', [known]),
      enterprise('N1', '西安辛餐饮有限公司', [null]),
      ...[
        { uscc: known, name: '西安庚商贸公司' },
        { uscc: unknown, name: '西安辛餐饮有限公司' },
      ].map((u): CanonicalRecord => ({
        source: 'party-org',
        stream: 'member-distribution',
        key: u.uscc,
        entity: 'member-distribution',
        identifiers: identifierClaims(u.uscc),
        name: u.name,
        partyMembers: { full: 4, probationary: 0, instructorAssigned: false },
      })),
    ]);
    const counts = await resolvePending(pool, 2000, undefined, 2);
    expect(counts).toMatchObject({ records: 4, unresolvedReferences: 0 });
    const links = await pool.query<{
      record_key: string;
      decided_by: string;
      organization_id: string;
    }>(
      `select record_key, decided_by, organization_id from record_link
       where stream = 'member-distribution' and record_key = any($1) order by record_key`,
      [[known, unknown]],
    );
    const orgOf = async (key: string) =>
      (await pool.query(`select organization_id from record_link where record_key = $1`, [key]))
        .rows[0].organization_id;
    expect(links.rows).toEqual(
      [
        { record_key: known, decided_by: 'rule:uscc', organization_id: await orgOf('K1') },
        { record_key: unknown, decided_by: 'rule:name', organization_id: await orgOf('N1') },
      ].sort((a, b) => a.record_key.localeCompare(b.record_key)),
    );
    // The golden values came after the link: the roster's other way of writing the name is one the
    // matcher knows.
    const profile = (
      await pool.query(`select profile from organization_profile where organization_id = $1`, [
        await orgOf('K1'),
      ])
    ).rows[0].profile;
    expect(profile.formerNameKeys).toHaveLength(1);
    expect((await pool.query('select count(*)::int as n from resolution_queue')).rows[0].n).toBe(0);
    expect((await pool.query('select count(*)::int as n from golden_dirty')).rows[0].n).toBe(0);
  });

  it('shares the roster queue between parallel drains: every body and member distribution resolved once', async () => {
    const units = Array.from({ length: 12 }, (_, i) => ({
      uscc: validUscc('610113', `MA6W1${String(i).padStart(3, '0')}`),
      name: `西安第${i}号商贸有限公司`,
    }));
    await land(units.map((u, i) => enterprise(`P${i}`, u.name, [u.uscc])));
    await resolvePending(pool);
    // Each body covers two units, so neighbouring chunks mark the same organizations dirty.
    await land([
      ...units.map((u, i): CanonicalRecord => ({
        source: 'trade-union',
        stream: 'unions',
        key: `U${i}`,
        entity: 'trade-union',
        identifiers: [],
        name: `${u.name}工会`,
        status: { raw: '正常', active: true },
        coverage: {
          form: '联合建会',
          coveredUnits: [u, units[(i + 1) % units.length]].map((x) => ({
            identifier: identifierClaims(x.uscc)[0],
            name: x.name,
          })),
        },
      })),
      ...units.map((u): CanonicalRecord => ({
        source: 'party-org',
        stream: 'member-distribution',
        key: u.uscc,
        entity: 'member-distribution',
        identifiers: identifierClaims(u.uscc),
        name: u.name,
        partyMembers: { full: 2, probationary: 0, instructorAssigned: false },
      })),
    ]);
    const counts = await resolvePending(pool, 1, undefined, 3);
    expect(counts).toMatchObject({ records: 24, unresolvedReferences: 0 });
    const edges = await pool.query<{ n: number; resolved: number }>(
      `select count(*)::int as n, count(e.organization_id)::int as resolved from coverage_edge e
       join trade_union u on e.side = 'union' and u.id = e.body_id
        where u.record_key like 'U%'`,
    );
    expect(edges.rows[0]).toEqual({ n: 24, resolved: 24 });
    const members = await pool.query<{ n: number }>(
      `select count(distinct organization_id)::int as n from organization_attribute
       where name = 'fullPartyMembers' and value = '2'::jsonb`,
    );
    expect(members.rows[0].n).toBe(12);
    expect((await pool.query('select count(*)::int as n from resolution_queue')).rows[0].n).toBe(0);
  });
});
