import { Client, type Pool } from 'pg';
import { useTestDatabase } from '../../test/support/test-database';
import { BULK_RECORDS } from '../../src/resolution/resolve-pending';
import { runCoverageStage } from './coverage-processor';

describe('runCoverageStage housekeeping', () => {
  let writer: Client | undefined;
  // Declared before the database's own hooks, so the connection ends before the database is dropped.
  afterAll(() => writer?.end());
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(async () => {
    pool = db.pool;
    writer = new Client({ connectionString: db.url });
    await writer.connect();
  });

  const tableStats = async (table: string) => (await pool.query<{ dead: string; vacuumed: boolean }>(
    'select n_dead_tup as dead, last_vacuum is not null as vacuumed from pg_stat_user_tables where relname = $1', [table])).rows[0];

  it('ends a sync by vacuuming the tables its stages churned in bulk, and leaves the others alone', async () => {
    // A bulk phase's leftovers: a queue filled and emptied, as resolution leaves golden_dirty.
    const marked = BULK_RECORDS + 500;
    await writer!.query('insert into golden_dirty select generate_series(1, $1)', [marked]);
    await writer!.query('delete from golden_dirty');
    // A handful of dead rows, well under the threshold.
    await writer!.query('insert into coverage_dirty (organization_id, marked_at) select generate_series(1, 5), now()');
    await writer!.query('delete from coverage_dirty');
    await writer!.query('select pg_stat_force_next_flush()');
    for (let i = 0; i < 100 && Number((await tableStats('golden_dirty')).dead) < marked; i++) await new Promise((r) => setTimeout(r, 50));
    expect(Number((await tableStats('golden_dirty')).dead)).toBe(marked);

    const counts = await runCoverageStage(pool, () => {});

    expect(counts.organizations).toBe(0);
    expect(await tableStats('golden_dirty')).toEqual({ dead: '0', vacuumed: true });
    expect(await tableStats('coverage_dirty')).toEqual({ dead: '5', vacuumed: false });
  });
});
