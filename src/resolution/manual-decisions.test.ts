import type { Pool } from 'pg';
import { landRecords } from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import type { CanonicalRecord } from '../canonical/canonical-record';
import { identifierClaims } from '../canonical/identifier-claim';
import { inTransaction } from '../storage/sql-pool';
import {
  confirmLink,
  DecisionError,
  mergeOrganizations,
  rejectLink,
  splitOrganization,
} from './manual-decisions';
import { resolvePending } from './resolve-pending';

const USCC_A = '914403001922038216';
const USCC_B = '91610113MA6U2X0X0W';

const record = (
  source: string,
  stream: string,
  key: string,
  name: string,
  ids: Array<string | null> = [],
): CanonicalRecord => ({
  source: source as CanonicalRecord['source'],
  stream,
  key,
  entity: 'organization',
  kind: 'ENTERPRISE',
  identifiers: identifierClaims(...ids),
  name,
  status: { raw: '存续', active: true },
});

describe('decisions people make about the graph', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });

  async function land(records: CanonicalRecord[]) {
    await landRecords(pool, records);
    await resolvePending(pool);
  }
  const orgOf = async (key: string) =>
    (await pool.query('select organization_id from record_link where record_key = $1', [key]))
      .rows[0].organization_id as string;
  const tx = <T>(work: Parameters<typeof inTransaction<T>>[1]) => inTransaction(pool, work);

  it('merges into the older id, keeps the retired one as an alias, audits it, and later runs keep the merge', async () => {
    await land([
      record('market-regulation', 'enterprises', 'M1', '西安甲科技有限公司', [USCC_A]),
      record('tax', 'taxpayers', 'T1', '西安甲科技有限公司'),
    ]);
    const [older, younger] = [await orgOf('M1'), await orgOf('T1')];
    expect(older).not.toBe(younger);
    const survivor = await tx((c) =>
      mergeOrganizations(c, younger, older, 'analyst-1', 'same company, tax record without code'),
    );
    expect(survivor).toBe(older);
    expect(await orgOf('T1')).toBe(older);
    const alias = await pool.query(
      'select organization_id, reason from organization_alias where retired_id = $1',
      [younger],
    );
    expect(alias.rows[0]).toEqual({
      organization_id: older,
      reason: 'same company, tax record without code',
    });
    const auditRows = await pool.query(`select actor, action from audit_entry`);
    expect(auditRows.rows).toEqual([{ actor: 'analyst-1', action: 'merge-organizations' }]);
    await land([{ ...record('tax', 'taxpayers', 'T1', '西安甲科技有限公司'), address: '新地址' }]);
    expect(await orgOf('T1')).toBe(older);
  });

  it('takes a retired organization out of matching: a record that resembles it is never linked to the deleted id', async () => {
    const details = (address: string, legalRepresentative: string) => ({
      divisionCode: '610113',
      address,
      legalRepresentative,
    });
    await land([
      {
        ...record('market-regulation', 'enterprises', 'M9', '西安乙贸易有限公司', [USCC_B]),
        ...details('西安市雁塔区科技路1号', '张三'),
      },
      {
        ...record('tax', 'taxpayers', 'T9', '西安乙贸易有限公司'),
        ...details('西安市雁塔区高新路88号', '李四'),
      },
    ]);
    const [older, younger] = [await orgOf('M9'), await orgOf('T9')];
    expect(older).not.toBe(younger);
    await tx((c) => mergeOrganizations(c, older, younger, 'analyst-1', 'one firm'));
    const leftovers = await pool.query(
      `select (select count(*) from organization_profile
              where organization_id = $1)::int as profiles,
              (select count(*) from blocking_key where organization_id = $1)::int as keys`,
      [younger],
    );
    expect(leftovers.rows[0]).toEqual({ profiles: 0, keys: 0 });
    // Just like the retired organization's tax record (before: a link to the deleted id, and the
    // run failed on its foreign key).
    await land([
      {
        ...record('statistics', 'units', 'S9', '西安乙贸易有限公司'),
        ...details('西安市雁塔区高新路88号', '李四'),
      },
    ]);
    const linked = await orgOf('S9');
    expect(linked).not.toBe(younger);
    expect((await pool.query('select 1 from organization where id = $1', [linked])).rowCount).toBe(
      1,
    );
  });

  it('splits records off into a new organization that later runs respect', async () => {
    const organizationId = await orgOf('M1');
    const newId = await tx((c) =>
      splitOrganization(
        c,
        organizationId,
        [{ source: 'tax', stream: 'taxpayers', key: 'T1' }],
        'analyst-2',
        'different firm',
      ),
    );
    expect(await orgOf('T1')).toBe(newId);
    await land([
      { ...record('tax', 'taxpayers', 'T1', '西安甲科技有限公司'), address: '又一个新地址' },
    ]);
    expect(await orgOf('T1')).toBe(newId);
    expect(await orgOf('M1')).toBe(organizationId);
    await expect(
      tx((c) =>
        splitOrganization(
          c,
          organizationId,
          [{ source: 'tax', stream: 'taxpayers', key: 'nope' }],
          'a',
          'r',
        ),
      ),
    ).rejects.toBeInstanceOf(DecisionError);
  });

  it('confirms a suggested link (merging an organization left empty) and rejects another for good', async () => {
    await land([record('statistics', 'units', 'S1', '西安甲科技有限公司')]);
    const [target, current] = [await orgOf('M1'), await orgOf('S1')];
    const review = await pool.query<{ id: string }>(
      `insert into link_review (source, stream, record_key, current_organization_id,
         candidate_organization_id, weight, reasons, status, created_at)
       values ('statistics', 'units', 'S1', $1, $2, 8.5, '[]', 'open', now()) returning id`,
      [current, target],
    );
    const survivor = await tx((c) =>
      confirmLink(c, review.rows[0].id, 'analyst-3', 'same name and address'),
    );
    expect(survivor).toBe(BigInt(target) < BigInt(current) ? target : current);
    expect(await orgOf('S1')).toBe(survivor);
    await expect(tx((c) => confirmLink(c, review.rows[0].id, 'analyst-3', null))).rejects.toThrow(
      /already confirmed/,
    );

    const second = await pool.query<{ id: string }>(
      `insert into link_review (source, stream, record_key, current_organization_id,
         candidate_organization_id, weight, reasons, status, created_at)
       values ('tax', 'taxpayers', 'T1', $1, $2, 6, '[]', 'open', now()) returning id`,
      [await orgOf('T1'), survivor],
    );
    await tx((c) =>
      rejectLink(c, second.rows[0].id, 'analyst-3', 'different legal representative'),
    );
    const override = await pool.query(
      `select kind, organization_id from link_override
       where record_key = 'T1' and kind = 'keep-apart'`,
    );
    expect(override.rows).toEqual([{ kind: 'keep-apart', organization_id: survivor }]);
  });
});
