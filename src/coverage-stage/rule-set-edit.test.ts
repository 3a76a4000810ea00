import type { Pool } from 'pg';
import {
  enterprise,
  landRecords,
  statisticsUnit,
  testUscc,
} from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import { ruleSetDigest, SHAANXI_2021, type RuleSet } from '../coverage/rule-set';
import { resolvePending } from '../resolution/resolve-pending';
import { evaluatedDigests } from './refresh-rollup';
import { runCoverage } from './run-coverage';

describe('an edited rule set', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });

  const withUnionThreshold = (employees: number): Record<string, RuleSet> => ({
    [SHAANXI_2021.id]: {
      ...SHAANXI_2021,
      thresholds: { ...SHAANXI_2021.thresholds, employeesForStandaloneUnion: employees },
    },
  });
  const u1Gaps = async () =>
    (
      await pool.query<{ n: number }>(
        `select count(*)::int as n from coverage_fact
          where valid_to is null and rule_set = $1 and u1_gap`,
        [SHAANXI_2021.id],
      )
    ).rows[0].n;
  const rolledUpU1Gaps = async () =>
    (
      await pool.query<{ n: number }>(
        `select coalesce(sum(u1_gap), 0)::int as n from coverage_rollup where rule_set = $1`,
        [SHAANXI_2021.id],
      )
    ).rows[0].n;

  it('changes the answers on the next coverage run, and says which content they come from', async () => {
    await landRecords(pool, [
      enterprise('RA', testUscc(1), '西安甲科技有限公司'),
      enterprise('RB', testUscc(2), '西安乙科技有限公司'),
      statisticsUnit(testUscc(1), '西安甲科技有限公司', 30),
      statisticsUnit(testUscc(2), '西安乙科技有限公司', 60),
    ]);
    await resolvePending(pool);
    const at25 = withUnionThreshold(25);
    expect((await runCoverage(pool, { ruleSets: at25 })).organizations).toBe(2);
    expect({ facts: await u1Gaps(), rollup: await rolledUpU1Gaps() }).toEqual({
      facts: 2,
      rollup: 2,
    });

    // Nothing changed: nothing is evaluated again.
    expect((await runCoverage(pool, { ruleSets: at25 })).organizations).toBe(0);

    // The same id with another threshold: every organization is evaluated again under it.
    const at50 = withUnionThreshold(50);
    expect(ruleSetDigest(at50[SHAANXI_2021.id])).not.toBe(ruleSetDigest(at25[SHAANXI_2021.id]));
    expect((await runCoverage(pool, { ruleSets: at50 })).organizations).toBe(2);
    expect({ facts: await u1Gaps(), rollup: await rolledUpU1Gaps() }).toEqual({
      facts: 1,
      rollup: 1,
    });
    expect((await evaluatedDigests(pool)).get(SHAANXI_2021.id)).toBe(
      ruleSetDigest(at50[SHAANXI_2021.id]),
    );
  });

  it('has one digest for one content, whatever the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(SHAANXI_2021).reverse()) as RuleSet;
    expect(ruleSetDigest(reordered)).toBe(ruleSetDigest(SHAANXI_2021));
    expect(ruleSetDigest(SHAANXI_2021)).toMatch(/^[0-9a-f]{16}$/);
  });
});
