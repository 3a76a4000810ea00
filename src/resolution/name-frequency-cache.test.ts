import { Pool } from 'pg';
import { useTestDatabase } from '../../test/support/test-database';
import { matchingSetup } from './probabilistic-link';

describe('name frequency statistics of a large graph', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => { pool = db.pool; });
  /** What the planner believes the organization count is (what the cache is keyed on). */
  const plannerCount = (n: number) => pool.query(`update pg_class set reltuples = $1 where oid = 'organization'::regclass`, [n]);
  const addNameCores = async (from: number, count: number) => {
    await pool.query(
      `insert into organization (id, name, kind, active, created_at, updated_at) select n, 'o' || n, 'ENTERPRISE', true, now(), now()
         from generate_series($1::bigint, $2::bigint) n`, [from, from + count - 1]);
    await pool.query(`insert into blocking_key (key, organization_id) select 'c:core' || (n % 7), n from generate_series($1::bigint, $2::bigint) n`,
      [from, from + count - 1]);
  };

  it('are read once and kept while the organization count moves by less than a tenth', async () => {
    await addNameCores(1, 70);
    await plannerCount(100_000);
    const first = (await matchingSetup(pool)).names;
    expect(first.total).toBe(70);
    await addNameCores(71, 14);
    await plannerCount(105_000);
    expect((await matchingSetup(pool)).names).toEqual(first);
    await plannerCount(111_000);
    expect((await matchingSetup(pool)).names.total).toBe(84);
  });

  it('are shared with a process that starts later, and read again once a day old', async () => {
    await plannerCount(100_000);
    const stored = (await matchingSetup(pool)).names;
    await addNameCores(1001, 14);
    // Another process: a pool of its own, with nothing cached in memory.
    const other = new Pool({ connectionString: db.url, max: 1 });
    try {
      expect((await matchingSetup(other)).names).toEqual(stored);
      await pool.query(`update name_frequency_statistic set computed_at = now() - interval '25 hours'`);
      expect((await matchingSetup(other)).names.total).toBe(stored.total + 14);
    } finally {
      await other.end();
    }
  });

  it('are read every time for a small graph', async () => {
    await plannerCount(1_000);
    expect((await matchingSetup(pool)).names.total).toBe(98);
    await addNameCores(85, 7);
    expect((await matchingSetup(pool)).names.total).toBe(105);
  });
});
