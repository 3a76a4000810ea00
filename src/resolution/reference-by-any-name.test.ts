import type { Pool } from 'pg';
import {
  enterprise,
  landRecords,
  partyOrganization,
  statisticsUnit,
  testUscc,
} from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import { resolvePending } from './resolve-pending';

describe('a roster reference by name', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });
  const edge = async () =>
    (
      await pool.query<{ organization_id: string | null; how: string }>(
        `select e.organization_id, e.resolution->>'how' as how from coverage_edge e
           join party_organization p on p.id = e.body_id and e.side = 'party'
          where p.record_key = 'P1'`,
      )
    ).rows;

  it('finds the organization by any name its records use, whichever won the golden name', async () => {
    const uscc = testUscc(7);
    // Statistics writes the name without the province; market regulation's (golden) has it.
    await landRecords(pool, [
      statisticsUnit(uscc, '麟凯炎粮油有限公司', 30),
      enterprise('R7', uscc, '陕西麟凯炎粮油有限公司'),
      partyOrganization('P1', '单独组建', [['', '麟凯炎粮油有限公司']]),
    ]);
    await resolvePending(pool);
    const organization = await pool.query<{ id: string; name: string }>(
      'select id, name from organization',
    );
    expect(organization.rows.map((r) => r.name)).toEqual(['陕西麟凯炎粮油有限公司']);
    expect(await edge()).toEqual([{ organization_id: organization.rows[0].id, how: 'name' }]);
  });
});
