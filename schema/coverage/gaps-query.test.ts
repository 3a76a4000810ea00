import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { resolvePending } from '../../src/resolution/resolve-pending';
import {
  enterprise,
  landRecords,
  statisticsUnit,
  testUscc,
} from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import { createLoaders, type SourceRecordRef } from '../loaders';
import { GapOrder, GapRule } from './gap.type';
import { gapPage } from './gaps-query';

describe('a gap page with its source records', () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    await landRecords(
      db.pool,
      [1, 2, 3].flatMap((n) => [
        enterprise(`R${n}`, testUscc(n), `西安${n}有限公司`),
        statisticsUnit(testUscc(n), `西安${n}有限公司`, 30 + n),
      ]),
    );
    await resolvePending(db.pool);
    await runCoverage(db.pool);
  });

  const plain = (records: SourceRecordRef[]) =>
    records.map((r) => ({
      organizationId: String(r.organizationId),
      source: r.source,
      stream: r.stream,
      key: r.key,
      contentHash: r.contentHash,
      origin: r.origin,
      firstSeenAt: r.firstSeenAt,
      fetchedAt: r.fetchedAt,
    }));

  it('gives each organization the records the sourceRecords loader gives, in the same order, with equal timestamps', async () => {
    const page = await gapPage(
      db.pool,
      'shaanxi-2021',
      GapRule.U1_NO_STANDALONE_UNION,
      undefined,
      GapOrder.EMPLOYEES_DESC,
      2,
      undefined,
      { sourceRecords: 'full' },
    );
    const plainPage = await gapPage(
      db.pool,
      'shaanxi-2021',
      GapRule.U1_NO_STANDALONE_UNION,
      undefined,
      GapOrder.EMPLOYEES_DESC,
      2,
      undefined,
    );
    expect(page.rows).toEqual(plainPage.rows);
    expect(page.rows.map((r) => r.node.employees)).toEqual([33, 32]);
    expect(page.rows[0].node.reason).toMatch(/^33 employees \(statistics/);
    const loaders = createLoaders(db.pool);
    for (const { node } of page.rows) {
      const records = page.sourceRecords!.get(node.organization.id)!;
      expect(records.map((r) => r.source).sort()).toEqual(['market-regulation', 'statistics']);
      expect(plain(records)).toEqual(plain(await loaders.sourceRecords.load(node.organization.id)));
    }
    expect(plainPage.sourceRecords).toBeUndefined();

    // Keys alone, from the links: the same records in the same order.
    const keysPage = await gapPage(
      db.pool,
      'shaanxi-2021',
      GapRule.U1_NO_STANDALONE_UNION,
      undefined,
      GapOrder.EMPLOYEES_DESC,
      2,
      undefined,
      { sourceRecords: 'keys' },
    );
    expect(keysPage.rows).toEqual(plainPage.rows);
    expect(keysPage.sourceRecords).toBeUndefined();
    for (const { node } of keysPage.rows) {
      const keys = keysPage.sourceRecordKeys!.get(node.organization.id)!;
      const full = await loaders.sourceRecords.load(node.organization.id);
      expect(keys).toEqual(
        full.map((r) => ({
          organizationId: String(r.organizationId),
          source: r.source,
          stream: r.stream,
          key: r.key,
        })),
      );
    }
  });
});
