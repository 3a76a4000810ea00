import type { ComparisonVector } from './comparison';
import { DEFAULT_MODEL, MATCH_FIELDS, matchWeight, posterior } from './fellegi-sunter';
import { buildTermFrequencyTable, termFrequencyAdjustment } from './term-frequency';

const NOTHING: ComparisonVector = {
  name: 'missing',
  branch: 'none',
  division: 'missing',
  legalRep: 'missing',
  address: 'missing',
  industry: 'missing',
  identifier: 'missing',
  nameCore: null,
};

describe('matchWeight', () => {
  it('sums log2(m/u) over fields, missing fields weighing 0, and keeps each field as the why', () => {
    const result = matchWeight(
      { ...NOTHING, name: 'exact', nameCore: '华盛科技', division: 'same-county' },
      DEFAULT_MODEL,
    );
    const exact = Math.log2(0.75 / 0.005);
    const county = Math.log2(0.85 / 0.15);
    expect(result.weight).toBeCloseTo(exact + county, 10);
    expect(result.fields.map((f) => f.field)).toEqual([...MATCH_FIELDS]);
    expect(result.fields[0]).toEqual({ field: 'name', level: 'exact', weight: exact });
    expect(result.fields.find((f) => f.field === 'legalRep')).toEqual({
      field: 'legalRep',
      level: 'missing',
      weight: 0,
    });
    expect(result.probability).toBeCloseTo(posterior(result.weight, DEFAULT_MODEL.prior), 12);
    expect(result.veto).toBeNull();
  });

  it('gives a vetoed pair probability 0 but keeps its weights', () => {
    const branch = matchWeight(
      { ...NOTHING, name: 'different', branch: 'different', division: 'same-county' },
      DEFAULT_MODEL,
    );
    expect(branch).toMatchObject({ probability: 0, veto: 'branch' });
    expect(branch.weight).toBeLessThan(0);
    expect(
      matchWeight({ ...NOTHING, name: 'exact', identifier: 'conflicting-uscc' }, DEFAULT_MODEL)
        .veto,
    ).toBe('conflicting-uscc');
  });

  it('weighs an exact name on a common core less than on a rare one', () => {
    const cores = [
      ...Array.from({ length: 40 }, () => '家乐超市'),
      ...Array.from({ length: 960 }, (_, i) => `字号${i}科技`),
    ];
    const table = buildTermFrequencyTable(cores);
    const common = matchWeight(
      { ...NOTHING, name: 'exact', nameCore: '家乐超市' },
      DEFAULT_MODEL,
      table,
    );
    const rare = matchWeight(
      { ...NOTHING, name: 'exact', nameCore: '字号7科技' },
      DEFAULT_MODEL,
      table,
    );
    expect(rare.weight).toBeCloseTo(
      matchWeight({ ...NOTHING, name: 'exact' }, DEFAULT_MODEL).weight,
      10,
    );
    expect(common.weight).toBeCloseTo(rare.weight + termFrequencyAdjustment('家乐超市', table), 10);
    // 40 of 1,000: 15.6 × the typical frequency
    expect(common.weight).toBeLessThan(rare.weight - 3.5);
  });
});

describe('termFrequencyAdjustment', () => {
  it('is 0 for unknown cores, empty tables and cores no commoner than typical', () => {
    const table = buildTermFrequencyTable(['甲', '乙', '丙', '丁', '']);
    expect(table.total).toBe(4);
    expect(termFrequencyAdjustment('甲', table)).toBe(0);
    expect(termFrequencyAdjustment('戊', table)).toBe(0);
    expect(termFrequencyAdjustment('甲', buildTermFrequencyTable([]))).toBe(0);
  });

  it('is −log2 of how much commoner than typical a core is', () => {
    // 10 × 超市 among 100: f = 0.1, typical = (100 + 90) / 100² = 0.019.
    const table = buildTermFrequencyTable([
      ...Array.from({ length: 10 }, () => '超市'),
      ...Array.from({ length: 90 }, (_, i) => `c${i}`),
    ]);
    expect(table.typicalFrequency).toBeCloseTo(0.019, 12);
    expect(termFrequencyAdjustment('超市', table)).toBeCloseTo(-Math.log2(0.1 / 0.019), 12);
  });
});

describe('posterior', () => {
  it('turns a weight and a prior into a probability', () => {
    expect(posterior(0, 0.5)).toBe(0.5);
    expect(posterior(12, 0.1)).toBeCloseTo(4096 / 9 / (1 + 4096 / 9), 12);
    expect(posterior(5000, 0.1)).toBe(1);
  });
});
