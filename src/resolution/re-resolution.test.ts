import type { Pool } from 'pg';
import { enterprise, landRecords, memberDistribution } from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import type { CanonicalRecord } from '../canonical/canonical-record';
import { identifierClaims } from '../canonical/identifier-claim';
import { splitOrganization } from './manual-decisions';
import { resolvePending } from './resolve-pending';
import { inTransaction } from '../storage/sql-pool';
import { validUscc } from '../matching/test-codes';

const [U1, U2, U3, U4, U5] = ['MA6TXD2E', 'MA6U2XXX', 'MA6W3YYY', 'MA6X4WWW', 'MA6X5WWW'].map((b) =>
  validUscc('610113', b),
);
/** The same USCC typed with its last character wrong. */
const mistyped = (uscc: string) => uscc.slice(0, 17) + (uscc.endsWith('0') ? '1' : '0');

const PERSON = { legalRepresentative: '王建国', address: '西安市雁塔区科技路10号' };

/** A federation member naming its unit by name and a mistyped USCC only. */
function member(key: string, name: string, typed: string): CanonicalRecord {
  return {
    source: 'federation',
    stream: 'members',
    key,
    entity: 'organization',
    kind: 'ENTERPRISE',
    identifiers: identifierClaims(typed),
    name,
    divisionCode: '610113',
    ...PERSON,
  };
}

describe('re-resolution: evidence arriving later merges what arrived apart', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });
  const organizationOf = async (key: string) =>
    (
      await pool.query<{ organization_id: string }>(
        'select organization_id from record_link where record_key = $1',
        [key],
      )
    ).rows[0]?.organization_id;
  const exists = async (id: string) =>
    ((await pool.query('select 1 from organization where id = $1', [id])).rowCount ?? 0) > 0;

  it('merges a floating organization into the registry unit arriving after it, older id kept', async () => {
    await landRecords(pool, [member('M1', '西安甲乙信息技术有限公司', mistyped(U1))]);
    await resolvePending(pool);
    const floating = await organizationOf('M1');
    expect(
      (await pool.query('select uscc from organization where id = $1', [floating])).rows,
    ).toEqual([{ uscc: null }]);

    await landRecords(pool, [enterprise('R1', U1, '西安甲乙信息技术有限公司', PERSON)]);
    const counts = await resolvePending(pool);
    expect(counts).toMatchObject({ organizationsCreated: 1, organizationsMerged: 1 });
    expect(await organizationOf('R1')).toBe(floating);
    expect(await organizationOf('M1')).toBe(floating);
    const survivor = await pool.query('select uscc from organization where id = $1', [floating]);
    expect(survivor.rows).toEqual([{ uscc: U1 }]);
    const merge = await pool.query<{
      survivor_id: string;
      retired_id: string;
      decided_by: string;
      evidence: { votes: unknown[] };
    }>('select survivor_id, retired_id, decided_by, evidence from organization_merge');
    expect(merge.rows).toHaveLength(1);
    expect(merge.rows[0]).toMatchObject({ survivor_id: floating, decided_by: 'resolver' });
    expect(merge.rows[0].evidence.votes).toEqual([
      expect.objectContaining({ record: 'federation/members/M1' }),
    ]);
    const retired = merge.rows[0].retired_id;
    expect(await exists(retired)).toBe(false);
    const alias = await pool.query(
      'select organization_id from organization_alias where retired_id = $1',
      [retired],
    );
    expect(alias.rows).toEqual([{ organization_id: floating }]);
    const dirty = await pool.query(
      'select organization_id from coverage_dirty where organization_id = any($1::bigint[])',
      [[floating, retired]],
    );
    expect(dirty.rows).toHaveLength(2);
  });

  it('never merges a record into a unit a person kept it apart from', async () => {
    await landRecords(pool, [enterprise('R3', U2, '西安丙丁信息技术有限公司', PERSON)]);
    await resolvePending(pool);
    const registered = await organizationOf('R3');
    await landRecords(pool, [member('M3', '西安丙丁信息技术有限公司', mistyped(U2))]);
    await pool.query(
      `insert into link_override
         (source, stream, record_key, kind, organization_id, decided_by, reason, decided_at)
       values ('federation', 'members', 'M3', 'keep-apart', $1, 'tester', 'another unit', now())`,
      [registered],
    );
    await resolvePending(pool);
    const apart = await organizationOf('M3');
    expect(apart).not.toBe(registered);
    // The registry record changes: its neighbourhood is judged again, and the decision still holds.
    await landRecords(pool, [
      enterprise('R3', U2, '西安丙丁信息技术有限公司', {
        ...PERSON,
        address: '西安市雁塔区科技路12号',
      }),
    ]);
    expect(await resolvePending(pool)).toMatchObject({ organizationsMerged: 0 });
    expect(await organizationOf('M3')).toBe(apart);
  });

  it('leaves a split alone: the records a person split off stay apart', async () => {
    await landRecords(pool, [member('M4', '西安戊己信息技术有限公司', mistyped(U3))]);
    await landRecords(pool, [enterprise('R4', U3, '西安戊己信息技术有限公司', PERSON)]);
    await resolvePending(pool);
    const together = await organizationOf('R4');
    expect(await organizationOf('M4')).toBe(together);
    const split = await inTransaction(pool, (client) =>
      splitOrganization(
        client,
        together,
        [{ source: 'federation', stream: 'members', key: 'M4' }],
        'tester',
        'two units',
      ),
    );
    await landRecords(pool, [
      enterprise('R4', U3, '西安戊己信息技术有限公司', {
        ...PERSON,
        address: '西安市雁塔区科技路14号',
      }),
    ]);
    expect(await resolvePending(pool)).toMatchObject({ organizationsMerged: 0 });
    expect(await organizationOf('M4')).toBe(split);
  });

  it("moves a record whose USCC is corrected to another unit's, retiring the one it left", async () => {
    await landRecords(pool, [
      enterprise('R5', U4, '西安庚辛商贸有限公司'),
      { ...enterprise('T5', U5, '西安庚辛商贸有限公司'), source: 'tax', stream: 'taxpayers' },
    ]);
    await resolvePending(pool);
    const left = await organizationOf('T5');
    const joined = await organizationOf('R5');
    expect(left).not.toBe(joined);
    await landRecords(pool, [
      { ...enterprise('T5', U4, '西安庚辛商贸有限公司'), source: 'tax', stream: 'taxpayers' },
    ]);
    await resolvePending(pool);
    expect(await organizationOf('T5')).toBe(joined);
    expect(await exists(left)).toBe(false);
    const alias = await pool.query(
      'select organization_id from organization_alias where retired_id = $1',
      [left],
    );
    expect(alias.rows).toEqual([{ organization_id: joined }]);
    // The mistaken USCC went with the organization: a record that truly carries it founds its own.
    const held = await pool.query(`select 1 from organization_identifier where value = $1`, [U5]);
    expect(held.rowCount).toBe(0);
  });

  it('moves a member distribution linked by name to the unit holding its USCC once that arrives', async () => {
    const U6 = validUscc('610113', 'MA6Y6WWW');
    // A namesake elsewhere, without a code: the only organization the name finds at first.
    await landRecords(pool, [
      {
        ...member('M6', '西安壬癸电子有限公司', ''),
        divisionCode: '610802',
        legalRepresentative: '李四',
        address: '榆林市榆阳区',
      },
    ]);
    await landRecords(pool, [memberDistribution(U6, '西安壬癸电子有限公司', 5)]);
    await resolvePending(pool);
    const namesake = await organizationOf('M6');
    expect(await organizationOf(U6)).toBe(namesake);
    await landRecords(pool, [enterprise('R6', U6, '西安壬癸电子有限公司', PERSON)]);
    await resolvePending(pool);
    const unit = await organizationOf('R6');
    expect(unit).not.toBe(namesake);
    expect(await organizationOf(U6)).toBe(unit);
    const link = await pool.query('select decided_by from record_link where record_key = $1', [U6]);
    expect(link.rows).toEqual([{ decided_by: 'rule:uscc' }]);
  });

  it('unlinks a distribution named only by a name once a second organization shares it', async () => {
    const name = '西安子丑物流有限公司';
    const byName = { ...memberDistribution('', name, 4), key: `name:${name}`, identifiers: [] };
    await landRecords(pool, [
      {
        ...member('M7', name, ''),
        divisionCode: '610802',
        legalRepresentative: '李四',
        address: '榆林市',
      },
    ]);
    await landRecords(pool, [byName]);
    await resolvePending(pool);
    expect(await organizationOf(byName.key)).toBe(await organizationOf('M7'));
    // A registry unit of the same name elsewhere: the name alone no longer tells which one is
    // meant.
    await landRecords(pool, [enterprise('R7', validUscc('610113', 'MA6Y7WWW'), name, PERSON)]);
    await resolvePending(pool);
    expect(await organizationOf('R7')).not.toBe(await organizationOf('M7'));
    expect(await organizationOf(byName.key)).toBeUndefined();
    const unresolved = await pool.query(
      `select 1 from unresolved_reference r join source_record s on s.id = r.source_record_id
        where s.record_key = $1`,
      [byName.key],
    );
    expect(unresolved.rowCount).toBe(1);
  });
});
