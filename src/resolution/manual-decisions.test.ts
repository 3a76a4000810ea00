import type { Pool } from 'pg';
import { landRecords } from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import type { CanonicalRecord } from '../canonical/canonical-record';
import { identifierClaims } from '../canonical/identifier-claim';
import { inTransaction } from '../storage/sql-pool';
import { confirmLink, DecisionError, mergeOrganizations, rejectLink, splitOrganization } from './manual-decisions';
import { resolvePending } from './resolve-pending';

const USCC_A = '914403001922038216';

const record = (source: string, stream: string, key: string, name: string, ids: Array<string | null> = []): CanonicalRecord => ({
  source: source as CanonicalRecord['source'], stream, key, entity: 'organization', kind: 'ENTERPRISE',
  identifiers: identifierClaims(...ids), name, status: { raw: '存续', active: true },
});

describe('decisions people make about the graph', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => { pool = db.pool; });

  async function land(records: CanonicalRecord[]) {
    await landRecords(pool, records);
    await resolvePending(pool);
  }
  const orgOf = async (key: string) => (await pool.query('select organization_id from record_link where record_key = $1', [key])).rows[0].organization_id as string;
  const tx = <T>(work: Parameters<typeof inTransaction<T>>[1]) => inTransaction(pool, work);

  it('merges into the older id, keeps the retired one as an alias, audits it, and later runs keep the merge', async () => {
    await land([record('market-regulation', 'enterprises', 'M1', '西安甲科技有限公司', [USCC_A]), record('tax', 'taxpayers', 'T1', '西安甲科技有限公司')]);
    const [older, younger] = [await orgOf('M1'), await orgOf('T1')];
    expect(older).not.toBe(younger);
    const survivor = await tx((c) => mergeOrganizations(c, younger, older, 'analyst-1', 'same company, tax record without code'));
    expect(survivor).toBe(older);
    expect(await orgOf('T1')).toBe(older);
    const alias = await pool.query('select organization_id, reason from organization_alias where retired_id = $1', [younger]);
    expect(alias.rows[0]).toEqual({ organization_id: older, reason: 'same company, tax record without code' });
    const auditRows = await pool.query(`select actor, action from audit_entry`);
    expect(auditRows.rows).toEqual([{ actor: 'analyst-1', action: 'merge-organizations' }]);
    await land([{ ...record('tax', 'taxpayers', 'T1', '西安甲科技有限公司'), address: '新地址' }]);
    expect(await orgOf('T1')).toBe(older);
  });

  it('splits records off into a new organization that later runs respect', async () => {
    const organizationId = await orgOf('M1');
    const newId = await tx((c) => splitOrganization(c, organizationId, [{ source: 'tax', stream: 'taxpayers', key: 'T1' }], 'analyst-2', 'different firm'));
    expect(await orgOf('T1')).toBe(newId);
    await land([{ ...record('tax', 'taxpayers', 'T1', '西安甲科技有限公司'), address: '又一个新地址' }]);
    expect(await orgOf('T1')).toBe(newId);
    expect(await orgOf('M1')).toBe(organizationId);
    await expect(tx((c) => splitOrganization(c, organizationId, [{ source: 'tax', stream: 'taxpayers', key: 'nope' }], 'a', 'r')))
      .rejects.toBeInstanceOf(DecisionError);
  });

  it('confirms a suggested link (merging an organization left empty) and rejects another for good', async () => {
    await land([record('statistics', 'units', 'S1', '西安甲科技有限公司')]);
    const [target, current] = [await orgOf('M1'), await orgOf('S1')];
    const review = await pool.query<{ id: string }>(
      `insert into link_review (source, stream, record_key, current_organization_id, candidate_organization_id, weight, reasons, status, created_at)
       values ('statistics', 'units', 'S1', $1, $2, 8.5, '[]', 'open', now()) returning id`, [current, target]);
    const survivor = await tx((c) => confirmLink(c, review.rows[0].id, 'analyst-3', 'same name and address'));
    expect(survivor).toBe(BigInt(target) < BigInt(current) ? target : current);
    expect(await orgOf('S1')).toBe(survivor);
    await expect(tx((c) => confirmLink(c, review.rows[0].id, 'analyst-3', null))).rejects.toThrow(/already confirmed/);

    const second = await pool.query<{ id: string }>(
      `insert into link_review (source, stream, record_key, current_organization_id, candidate_organization_id, weight, reasons, status, created_at)
       values ('tax', 'taxpayers', 'T1', $1, $2, 6, '[]', 'open', now()) returning id`, [await orgOf('T1'), survivor]);
    await tx((c) => rejectLink(c, second.rows[0].id, 'analyst-3', 'different legal representative'));
    const override = await pool.query(`select kind, organization_id from link_override where record_key = 'T1' and kind = 'keep-apart'`);
    expect(override.rows).toEqual([{ kind: 'keep-apart', organization_id: survivor }]);
  });
});
