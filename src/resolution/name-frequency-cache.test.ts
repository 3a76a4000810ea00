import { Pool } from 'pg';
import { useTestDatabase } from '../../test/support/test-database';
import { matchingSetup } from './probabilistic-link';

describe('name frequency statistics of a large graph', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });
  /** What the planner believes the organization count is (what a reading is checked against). */
  const plannerCount = (n: number) =>
    pool.query(`update pg_class set reltuples = $1 where oid = 'organization'::regclass`, [n]);
  const addNameCores = async (from: number, count: number) => {
    await pool.query(
      `insert into organization (id, name, kind, active, created_at, updated_at)
       select n, 'o' || n, 'ENTERPRISE', true, now(), now()
         from generate_series($1::bigint, $2::bigint) n`,
      [from, from + count - 1],
    );
    await pool.query(
      `insert into blocking_key (key, organization_id) select 'c:core' || (n % 7), n
       from generate_series($1::bigint, $2::bigint) n`,
      [from, from + count - 1],
    );
  };
  const LARGE = 100_000;

  it('are read once and kept while the organization count moves by less than a tenth', async () => {
    await addNameCores(1, LARGE);
    await plannerCount(LARGE);
    const first = (await matchingSetup(pool)).names;
    expect(first.total).toBe(LARGE);
    await addNameCores(LARGE + 1, 14);
    await plannerCount(LARGE * 1.05);
    expect((await matchingSetup(pool)).names).toEqual(first);
    await plannerCount(LARGE * 1.11);
    expect((await matchingSetup(pool)).names.total).toBe(LARGE + 14);
  });

  it("keep the exact count they were read at, not the planner's estimate then", async () => {
    // An estimate a bulk load left behind, far below the rows there are: the reading keeps the real
    // count, so the corrected estimate after a VACUUM still finds it current.
    await pool.query('delete from name_frequency_statistic');
    await plannerCount(LARGE * 0.8);
    const read = (await matchingSetup(pool)).names;
    await pool.query('vacuum organization');
    expect(
      Number(
        (await pool.query(`select reltuples from pg_class where oid = 'organization'::regclass`))
          .rows[0].reltuples,
      ),
    ).toBe(LARGE + 14);
    await addNameCores(LARGE + 15, 7);
    expect((await matchingSetup(pool)).names).toEqual(read);
  });

  it('are shared with a process that starts later, and read again once a day old', async () => {
    await plannerCount(LARGE);
    const stored = (await matchingSetup(pool)).names;
    await addNameCores(LARGE + 1001, 14);
    // Another process: a pool of its own, with nothing cached in memory.
    const other = new Pool({ connectionString: db.url, max: 1 });
    try {
      expect((await matchingSetup(other)).names).toEqual(stored);
      await pool.query(
        `update name_frequency_statistic set computed_at = now() - interval '25 hours'`,
      );
      const cores = Number(
        (await pool.query(`select count(*) as n from blocking_key where key like 'c:%'`)).rows[0].n,
      );
      expect(cores).toBeGreaterThan(stored.total);
      expect((await matchingSetup(other)).names.total).toBe(cores);
    } finally {
      await other.end();
    }
  });

  it('are read every time for a small graph', async () => {
    await plannerCount(1_000);
    const before = (await matchingSetup(pool)).names.total;
    await addNameCores(LARGE + 2001, 7);
    expect((await matchingSetup(pool)).names.total).toBe(before + 7);
  });
});
