import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRejection, type MappedRecord } from '../../src/landing/batch';
import { asRead, unitsFixture } from './fixtures/units-workbook';
import { unitKind } from './mapping';
import { unitOutcome } from './workbook-reader';

const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'expected-records.json'), 'utf8'),
) as {
  records: unknown[];
  rejections: Array<{ position: string; reason: string; recordKey?: string }>;
};
const QUARTER_END = '2026-09-30T16:00:00.000Z';

describe('statistics mapping', () => {
  const outcomes = Object.entries(unitsFixture().sheets).flatMap(([sheet, rows]) =>
    rows.map((cells, i) =>
      unitOutcome({ sheet, number: 3 + i, cells: asRead(cells) }, QUARTER_END),
    ),
  );
  const records = outcomes.filter((o): o is MappedRecord => o !== null && !isRejection(o));

  it('maps the good rows to the expected canonical records', () => {
    expect(records.map((r) => r.canonical)).toEqual(expected.records);
  });

  it('rejects the bad rows with the expected reasons, positions (sheet!row) and keys', () => {
    const rejections = outcomes.filter((o) => o !== null && isRejection(o)) as Array<{
      position: string;
      reason: string;
      recordKey?: string;
    }>;
    expect(
      rejections.map((r) => ({ position: r.position, reason: r.reason, recordKey: r.recordKey })),
    ).toEqual(expected.rejections);
  });

  it('keys a unit by USCC, else folded organization code, else name|统计区划代码', () => {
    expect(records.slice(0, 3).map((r) => r.key)).toEqual([
      '91610113MA6U000138',
      '220400014',
      '西安市莲湖区便民服务点|610104003001',
    ]);
  });

  it('reads numbers typed as text and text typed as numbers alike', () => {
    const byKey = new Map(records.map((r) => [r.key, r]));
    expect(byKey.get('220400014')?.canonical).toEqual(
      expect.objectContaining({ employees: 45, divisionCode: '610103', streetCode: '610103002' }),
    );
    // 111 typed as a number: 0111
    expect(byKey.get('220400022')?.canonical.industryCode).toBe('A0111');
    expect(byKey.get('91610112MA6U000567')?.canonical.ownership?.institutionType).toBe('10');
  });

  it('keeps the row as read (dates as YYYY-MM-DD) as the landing payload', () => {
    const bakery = records.find((r) => r.key === '220400014')!;
    expect(bakery.payload).toEqual(
      expect.objectContaining({
        组织机构代码: '22040001-4',
        报告期: '2026-09-30',
        统计区划代码: 610103002003,
        所在园区: null,
      }),
    );
    expect(bakery.position).toBe('西安市!4');
  });

  it('tells the kind from 机构类型, 单位类型 and the name', () => {
    expect(unitKind('52', '法人单位', '陕西省扶贫基金会')).toBe('FOUNDATION');
    expect(unitKind('53', '法人单位', '陕西某某税务师事务所')).toBe('TAX_AGENT_FIRM');
    expect(unitKind('53', '产业活动单位', '陕西某某律师事务所宝鸡分所')).toBe('LAW_FIRM');
    expect(unitKind('10', '产业活动单位', '某某科技有限公司雁塔分公司')).toBe('BRANCH');
    expect(unitKind('53', '法人单位', '陕西某某公证处')).toBe('OTHER');
    expect(unitKind('30', '法人单位', '某某局')).toBe('OTHER');
  });
});
