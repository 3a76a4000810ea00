import type { Pool } from 'pg';
import { until, useTestDatabaseWithWriter } from '../../test/support/test-database';
import { analyzeGrownTables, PlannerStatistics, vacuumChurnedTables } from './planner-statistics';

describe('PlannerStatistics', () => {
  const db = useTestDatabaseWithWriter();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });

  const estimatedRows = async (table = 'growing') =>
    Number(
      (
        await pool.query<{ n: number }>(
          'select reltuples::int as n from pg_class where relname = $1',
          [table],
        )
      ).rows[0].n,
    );
  /**
   * Inserts on another connection and waits until the server's counters show it (they are flushed
   * when a backend goes idle).
   */
  const grow = async (rows: number, table = 'growing') => {
    const before = await modifications(table);
    await db.writeAndReport(`insert into ${table} select generate_series(1, $1)`, [rows]);
    await until(async () => (await modifications(table)) >= before + rows);
  };
  const modifications = async (table: string) =>
    Number(
      (
        await pool.query<{ n: string }>(
          'select n_mod_since_analyze as n from pg_stat_user_tables where relname = $1',
          [table],
        )
      ).rows[0]?.n ?? 0,
    );

  it('analyzes a table each time it has doubled since its last ANALYZE', async () => {
    await pool.query('create table growing (n int)');
    const statistics = new PlannerStatistics(pool, ['growing'], 10);
    await grow(5);
    await statistics.wrote(5);
    expect(await estimatedRows()).toBe(-1); // never analyzed
    await grow(5);
    await statistics.wrote(5);
    expect(await estimatedRows()).toBe(10);
    await grow(15);
    await statistics.wrote(15); // 15 changes < 10 rows + 10: not yet
    expect(await estimatedRows()).toBe(10);
    await grow(10);
    await statistics.wrote(10);
    expect(await estimatedRows()).toBe(35);
  });

  it('counts what other writers did: a table another process already analyzed is left alone', async () => {
    await pool.query('create table shared_growth (n int)');
    await grow(20, 'shared_growth');
    expect(await analyzeGrownTables(pool, ['shared_growth', 'growing'], 10)).toEqual([
      'shared_growth',
    ]);
    expect(await estimatedRows('shared_growth')).toBe(20);
    // A second run that wrote the same rows finds the statistics fresh.
    expect(await analyzeGrownTables(pool, ['shared_growth'], 10)).toEqual([]);
  });

  it('with a share, analyzes a table that changed by that share of its rows, not less', async () => {
    await pool.query('create table churning (n int)');
    await grow(100, 'churning');
    await analyzeGrownTables(pool, ['churning'], 1);
    expect(await estimatedRows('churning')).toBe(100);
    await grow(5, 'churning');
    expect(await analyzeGrownTables(pool, ['churning'], 1, 0.1)).toEqual([]);
    await grow(6, 'churning');
    expect(await analyzeGrownTables(pool, ['churning'], 1, 0.1)).toEqual(['churning']);
    expect(await estimatedRows('churning')).toBe(111);
  });

  /** Deletes on another connection and waits until the server's counters show the dead rows. */
  const churn = async (table: string, where: string) => {
    const deleted = await db.writeAndReport(`delete from ${table} where ${where}`);
    await until(async () => (await deadRows(table)) >= deleted);
    return deleted;
  };
  const deadRows = async (table: string) =>
    Number(
      (
        await pool.query<{ n: string }>(
          'select n_dead_tup as n from pg_stat_user_tables where relname = $1',
          [table],
        )
      ).rows[0]?.n ?? 0,
    );

  it('vacuums the tables whose dead rows reach both the minimum and the share of their live rows, and only those', async () => {
    await pool.query(
      'create table churned (n int); create table barely_churned (n int); create table ' +
        'untouched (n int)',
    );
    await pool.query(
      `insert into churned select generate_series(1, 100); insert into barely_churned
       select generate_series(1, 1000)`,
    );
    await pool.query('insert into untouched select generate_series(1, 100)');
    await pool.query('vacuum churned, barely_churned, untouched');
    expect(await churn('churned', 'n <= 30')).toBe(30); // 30 dead ≥ 10 and ≥ 5% of 70
    expect(await churn('barely_churned', 'n <= 20')).toBe(20); // 20 dead ≥ 10 but < 5% of 980
    expect(await vacuumChurnedTables(pool, ['churned', 'barely_churned', 'untouched'], 10)).toEqual(
      ['churned'],
    );
    expect(await deadRows('churned')).toBe(0);
    expect(await deadRows('barely_churned')).toBe(20);
    // Once cleared, the same call finds nothing left to do.
    expect(await vacuumChurnedTables(pool, ['churned'], 10)).toEqual([]);
  });

  it('leaves a failed ANALYZE without an error (statistics are best effort)', async () => {
    await expect(
      new PlannerStatistics(pool, ['no_such_table'], 1).wrote(1),
    ).resolves.toBeUndefined();
  });
});
