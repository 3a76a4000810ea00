import type { Pool } from 'pg';
import { until, useTestDatabaseWithWriter } from '../../test/support/test-database';
import { BULK_RECORDS } from '../../src/resolution/resolve-pending';
import { runCoverageStage } from './coverage-processor';

describe('runCoverageStage housekeeping', () => {
  const db = useTestDatabaseWithWriter();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });

  const tableStats = async (table: string) =>
    (
      await pool.query<{ dead: string; vacuumed: boolean }>(
        'select n_dead_tup as dead, last_vacuum is not null as vacuumed from pg_stat_user_tables where relname = $1',
        [table],
      )
    ).rows[0];

  it('ends a sync by vacuuming the tables its stages churned in bulk, and leaves the others alone', async () => {
    // A bulk phase's leftovers: a queue filled and emptied, as resolution leaves golden_dirty.
    const marked = BULK_RECORDS + 500;
    // A handful of dead rows, well under the threshold.
    await db.writer.query(
      'insert into coverage_dirty (organization_id, marked_at) select generate_series(1, 5), now()',
    );
    await db.writer.query('delete from coverage_dirty');
    await db.writer.query('insert into golden_dirty select generate_series(1, $1)', [marked]);
    await db.writeAndReport('delete from golden_dirty');
    await until(async () => Number((await tableStats('golden_dirty')).dead) >= marked);
    expect(Number((await tableStats('golden_dirty')).dead)).toBe(marked);

    const counts = await runCoverageStage(pool, () => {});

    expect(counts.organizations).toBe(0);
    expect(await tableStats('golden_dirty')).toEqual({ dead: '0', vacuumed: true });
    expect(await tableStats('coverage_dirty')).toEqual({ dead: '5', vacuumed: false });
  });
});
