import type { Pool } from 'pg';
import {
  enterprise,
  landRecords,
  memberDistribution,
  partyOrganization,
  statisticsUnit,
  testUscc,
  union,
} from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import { resolvePending } from '../resolution/resolve-pending';
import { refreshRollup } from './refresh-rollup';
import { markAllDirty, runCoverage } from './run-coverage';

describe('coverage rollup moved along with the facts', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });
  const [A, B, C, D] = [1, 2, 3, 4].map((n) => testUscc(n));
  const rollup = async () =>
    (
      await pool.query(
        `select * from coverage_rollup order by rule_set, division, industry_section, kind,
                category`,
      )
    ).rows;
  /** The rollup as a rebuild from the current facts gives it (rolled back: only compared). */
  const rebuilt = async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const ruleSets = (
        await client.query<{ rule_set: string }>('select distinct rule_set from coverage_fact')
      ).rows;
      for (const { rule_set } of ruleSets) await refreshRollup(client, rule_set);
      return (
        await client.query(
          `select * from coverage_rollup order by rule_set, division, industry_section, kind,
                  category`,
        )
      ).rows;
    } finally {
      await client.query('rollback');
      client.release();
    }
  };
  const sync = async () => {
    await resolvePending(pool);
    return runCoverage(pool, { chunkSize: 2 });
  };

  it('equals a rebuild after a first load and after changes that move organizations between groups', async () => {
    await landRecords(pool, [
      enterprise('RA', A, '西安甲科技有限公司'),
      enterprise('RB', B, '西安乙科技有限公司'),
      enterprise('RC', C, '西安丙科技有限公司', { divisionCode: '610403' }),
      statisticsUnit(A, '西安甲科技有限公司', 30),
      statisticsUnit(B, '西安乙科技有限公司', 25),
      statisticsUnit(C, '西安丙科技有限公司', 24),
      memberDistribution(A, '西安甲科技有限公司', 4),
      partyOrganization('PA', '单独组建', [[A, '西安甲科技有限公司']]),
    ]);
    await sync();
    const first = await rollup();
    expect(first.length).toBeGreaterThan(1);
    expect(first).toEqual(await rebuilt());
    const inScope = (rows: Array<Record<string, number>>) =>
      rows.reduce((n, r) => n + r.in_scope, 0);
    expect(inScope(first)).toBe(3);

    // C moves county (its group empties and disappears), B gains a union and more employees, D
    // arrives.
    await landRecords(pool, [
      enterprise('RC', C, '西安丙科技有限公司', { divisionCode: '610113' }),
      statisticsUnit(B, '西安乙科技有限公司', 80),
      union('UB', '单独建会', [[B, '西安乙科技有限公司']], 80),
      enterprise('RD', D, '西安丁科技有限公司'),
      statisticsUnit(D, '西安丁科技有限公司', 12),
    ]);
    const second = await sync();
    // B and C are evaluated anew (their old evaluations closed), D for the first time; A was not
    // touched.
    expect(second).toMatchObject({ organizations: 3, inserted: 1, changed: 2, unchanged: 0 });
    const after = await rollup();
    expect(after).toEqual(await rebuilt());
    expect(after.some((r) => r.division === '610403')).toBe(false);
    expect(inScope(after)).toBe(4);
    expect(after.reduce((n, r) => n + r.u1_met, 0)).toBe(1);
  });

  it('keeps an evaluation that only its date changed: nothing closes, nothing opens, the rollup stays', async () => {
    await landRecords(pool, [
      enterprise('RE', testUscc(9), '西安戊科技有限公司'),
      statisticsUnit(testUscc(9), '西安戊科技有限公司', 40),
    ]);
    await sync();
    const facts = async () =>
      (await pool.query('select id, valid_to from coverage_fact order by id')).rows;
    const before = await facts();
    const rollupBefore = await rollup();
    const marked = await markAllDirty(pool);
    const again = await runCoverage(pool, {
      chunkSize: 2,
      now: new Date(Date.now() + 40 * 86_400_000),
    });
    expect(again).toMatchObject({
      organizations: marked,
      inserted: 0,
      changed: 0,
      unchanged: marked,
    });
    expect(await facts()).toEqual(before);
    expect(await rollup()).toEqual(rollupBefore);
  });

  it('equals a rebuild when parallel drains, a chunk of one organization each, move shared groups at once', async () => {
    await landRecords(
      pool,
      [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [
        enterprise(`RP${n}`, testUscc(20 + n), `西安并行${n}号科技有限公司`, {
          divisionCode: n % 2 ? '610113' : '610403',
        }),
        statisticsUnit(testUscc(20 + n), `西安并行${n}号科技有限公司`, 10 * n),
      ]),
    );
    await resolvePending(pool);
    const counts = await runCoverage(pool, { chunkSize: 1, drains: 3 });
    expect(counts.organizations).toBe(8);
    expect(await rollup()).toEqual(await rebuilt());
    // Every organization again (all change group: a new county), still three at a time.
    await landRecords(
      pool,
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) =>
        enterprise(`RP${n}`, testUscc(20 + n), `西安并行${n}号科技有限公司`, {
          divisionCode: n % 2 ? '610403' : '610113',
        }),
      ),
    );
    await resolvePending(pool);
    expect((await runCoverage(pool, { chunkSize: 1, drains: 3 })).organizations).toBe(8);
    expect(await rollup()).toEqual(await rebuilt());
  });
});
