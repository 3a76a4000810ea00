import type { CanonicalRecord } from '../canonical/canonical-record';
import { identifierClaims } from '../canonical/identifier-claim';
import { enterprise, landRecords, testUscc } from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import { DEFAULT_MODEL } from '../matching';
import { currentMatchModel, estimateMatchModel } from './model-estimation';
import { resolvePending } from './resolve-pending';

const NAMES = [
  '甲',
  '乙',
  '丙',
  '丁',
  '戊',
  '己',
  '庚',
  '辛',
  '壬',
  '癸',
  '子',
  '丑',
  '寅',
  '卯',
  '辰',
  '巳',
  '午',
  '未',
  '申',
  '酉',
];

function taxRecord(uscc: string, name: string, address: string): CanonicalRecord {
  return {
    source: 'tax',
    stream: 'taxpayers',
    key: uscc,
    entity: 'organization',
    identifiers: identifierClaims(uscc),
    name,
    divisionCode: '610113',
    address,
    industryCode: 'I6513',
  };
}

describe('estimating the matching model from the records', () => {
  const db = useTestDatabase();

  it('uses the default model until an estimate exists, then the estimate', async () => {
    expect((await currentMatchModel(db.pool)).model).toEqual(DEFAULT_MODEL);
    const records = NAMES.flatMap((n, i) => {
      const uscc = testUscc(100 + i);
      const name = `西安${n}${n}信息技术有限公司`;
      return [
        enterprise(`R${i}`, uscc, name, { address: `科技路${i}号`, legalRepresentative: `张${n}` }),
        taxRecord(uscc, name, `科技路${i}号`),
      ];
    });
    await landRecords(db.pool, records);
    const estimate = await estimateMatchModel(db.pool);
    expect(estimate).toMatchObject({ records: 40 });
    expect(estimate.pairs).toBeGreaterThan(0);
    expect(estimate.model.prior).toBeGreaterThan(0);
    expect(estimate.model.prior).toBeLessThan(1);
    expect((await currentMatchModel(db.pool)).version).toBe(
      `model:fellegi-sunter-em-${estimate.id}`,
    );
    await resolvePending(db.pool);
    const organizations = await db.pool.query('select count(*)::int as n from organization');
    expect(organizations.rows[0].n).toBe(20);
  });
});
