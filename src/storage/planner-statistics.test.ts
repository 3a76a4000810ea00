import type { Pool } from 'pg';
import { useTestDatabase } from '../../test/support/test-database';
import { PlannerStatistics } from './planner-statistics';

describe('PlannerStatistics', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => { pool = db.pool; });
  const estimatedRows = async () =>
    Number((await pool.query<{ n: number }>(`select reltuples::int as n from pg_class where relname = 'growing'`)).rows[0].n);
  const grow = (rows: number) => pool.query('insert into growing select generate_series(1, $1)', [rows]);

  it('analyzes the tables each time the rows written have doubled', async () => {
    await pool.query('create table growing (n int)');
    const statistics = new PlannerStatistics(pool, ['growing'], 10);
    await grow(5);
    await statistics.wrote(5);
    expect(await estimatedRows()).toBe(-1); // never analyzed
    await grow(5);
    await statistics.wrote(5);
    expect(await estimatedRows()).toBe(10);
    await grow(5);
    await statistics.wrote(5); // 15 < 20: not yet
    expect(await estimatedRows()).toBe(10);
    await grow(5);
    await statistics.wrote(5);
    expect(await estimatedRows()).toBe(20);
  });

  it('leaves a failed ANALYZE without an error (statistics are best effort)', async () => {
    await expect(new PlannerStatistics(pool, ['no_such_table'], 1).wrote(1)).resolves.toBeUndefined();
  });
});
