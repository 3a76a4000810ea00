import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import type { CanonicalRecord } from '../canonical/canonical-record';
import { identifierClaims } from '../canonical/identifier-claim';
import type { Batch } from '../landing/batch';
import { landBatch } from '../landing/land-batch';
import { inTransaction, openSqlPool } from '../storage/sql-pool';
import { resolvePending } from './resolve-pending';

const USCC_A = '914403001922038216';
const USCC_B = '9144030071526726XG';

function enterprise(key: string, name: string, ids: Array<string | null>, extra: Partial<CanonicalRecord> = {}): CanonicalRecord {
  return {
    source: 'market-regulation', stream: 'enterprises', key, entity: 'organization', kind: 'ENTERPRISE',
    identifiers: identifierClaims(...ids), name, status: { raw: '存续', active: true }, divisionCode: '610113', ...extra,
  };
}

describe('deterministic resolution into organizations', () => {
  let db: TestDatabase;
  let pool: Pool;
  let runId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openSqlPool(db.url);
    runId = (await pool.query<{ id: string }>(`insert into sync_run (source, started_at) values ('market-regulation', now()) returning id`)).rows[0].id;
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  const land = (records: CanonicalRecord[]) =>
    inTransaction(pool, (client) =>
      landBatch(client, 'market-regulation', runId, {
        stream: 'enterprises', origin: 'test', rejections: [],
        records: records.map((canonical) => ({ key: canonical.key, payload: { ...canonical }, canonical })),
      } as Batch));
  const organizationOf = async (key: string) =>
    (await pool.query<{ organization_id: string }>('select organization_id from record_link where record_key = $1', [key])).rows[0]?.organization_id;

  it('gives each valid USCC one organization and keeps records without one apart', async () => {
    await land([
      enterprise('R1', '西安甲科技有限公司', [USCC_A]),
      enterprise('R2', '西安乙科技有限公司', [USCC_B]),
      enterprise('R3', '西安丙面馆', [null, '610104000012345'], { kind: 'INDIVIDUAL_BUSINESS' }),
      enterprise('R4', '西安丁公司', ['91350211M00013FA1N']),
    ]);
    const counts = await resolvePending(pool);
    expect(counts).toEqual({ records: 4, organizationsCreated: 4, organizationsTouched: 4 });
    const orgs = await pool.query('select uscc, name, kind, division_code from organization order by id');
    expect(orgs.rows).toEqual([
      { uscc: USCC_A, name: '西安甲科技有限公司', kind: 'ENTERPRISE', division_code: '610113' },
      { uscc: USCC_B, name: '西安乙科技有限公司', kind: 'ENTERPRISE', division_code: '610113' },
      { uscc: null, name: '西安丙面馆', kind: 'INDIVIDUAL_BUSINESS', division_code: '610113' },
      { uscc: null, name: '西安丁公司', kind: 'ENTERPRISE', division_code: '610113' },
    ]);
    const link = await pool.query(`select decided_by, reasons from record_link where record_key = 'R1'`);
    expect(link.rows[0]).toEqual({ decided_by: 'rule:uscc', reasons: [{ field: 'uscc', level: 'exact', value: USCC_A }] });
  });

  it('keeps ids stable when records change, and moves values with their record', async () => {
    const before = { r1: await organizationOf('R1'), r3: await organizationOf('R3') };
    await land([enterprise('R1', '西安甲科技有限责任公司', [USCC_A], { divisionCode: '610104' })]);
    expect(await resolvePending(pool)).toMatchObject({ records: 1, organizationsCreated: 0 });
    expect(await organizationOf('R1')).toBe(before.r1);
    const org = await pool.query('select name, division_code from organization where id = $1', [before.r1]);
    expect(org.rows[0]).toEqual({ name: '西安甲科技有限责任公司', division_code: '610104' });
    const attributes = await pool.query(`select value from organization_attribute where organization_id = $1 and name = 'name'`, [before.r1]);
    expect(attributes.rows).toEqual([{ value: '西安甲科技有限责任公司' }]);
    expect(await organizationOf('R3')).toBe(before.r3);
  });

  it('does nothing when nothing new landed', async () => {
    expect(await resolvePending(pool)).toEqual({ records: 0, organizationsCreated: 0, organizationsTouched: 0 });
  });
});
