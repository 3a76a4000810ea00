import {
  enterprise,
  landRecords,
  statisticsUnit,
  testUscc,
  union,
} from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import { resolvePending } from '../resolution/resolve-pending';
import { BACKFILL_COVERAGE_CHANGES } from './record-coverage-changes';
import { runCoverage } from './run-coverage';

describe('the change feed of the fact history', () => {
  const db = useTestDatabase();
  const feed = async () =>
    (
      await db.pool.query<{ o: string; rule: string; change: string; at: Date }>(
        `select organization_id::text as o, rule, change, at from coverage_change
          order by organization_id, at, rule, change`,
      )
    ).rows;

  it('is what the evaluations recorded, when rebuilt from the history alone', async () => {
    const [A, B] = [1, 2].map((n) => testUscc(n));
    await landRecords(db.pool, [
      enterprise('RA', A, '西安甲科技有限公司'),
      enterprise('RB', B, '西安乙科技有限公司'),
      statisticsUnit(A, '西安甲科技有限公司', 30),
      statisticsUnit(B, '西安乙科技有限公司', 26),
    ]);
    await resolvePending(db.pool);
    await runCoverage(db.pool);
    await landRecords(db.pool, [
      union('UA', '单独建会', [[A, '西安甲科技有限公司']], 30),
      statisticsUnit(B, '西安乙科技有限公司', 12),
    ]);
    await resolvePending(db.pool);
    await runCoverage(db.pool);
    const recorded = await feed();
    expect(recorded.map((r) => `${r.rule} ${r.change}`)).toEqual(
      expect.arrayContaining([
        'U1_NO_STANDALONE_UNION CLOSED',
        'U1_NO_STANDALONE_UNION THRESHOLD_LEFT',
      ]),
    );
    await db.pool.query('delete from coverage_change');
    await db.pool.query(BACKFILL_COVERAGE_CHANGES);
    expect(await feed()).toEqual(recorded);
  });
});
