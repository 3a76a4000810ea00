import { describe, expect, it } from 'vitest';
import { fieldReasons, recordValues, valueText, weightStrength } from './review-fields';

const ref = { source: 'tax', stream: 'taxpayers', recordKey: 'T1' };
const at = (name: string, value: unknown, observedAt: string, recordKey = 'T1') => ({
  name,
  value,
  source: 'tax',
  stream: 'taxpayers',
  recordKey,
  observedAt,
});

describe('review fields', () => {
  it("keeps the record's own latest values in catalog order", () => {
    const values = recordValues(
      [
        at('address', '旧地址', '2024-01-01'),
        at('address', '新地址', '2025-01-01'),
        at('name', '甲公司', '2024-01-01'),
        at('name', '别人的', '2025-01-01', 'T2'),
      ],
      ref,
    );
    expect(values.map((v) => [v.name, v.value])).toEqual([
      ['name', '甲公司'],
      ['address', '新地址'],
    ]);
  });

  it('reads the matcher reasons, with the rest as detail', () => {
    expect(
      fieldReasons([
        { field: 'name', level: 'core-exact', weight: 6.2 },
        { field: 'uscc', level: 'repaired', typed: 'X' },
        'junk',
      ]),
    ).toEqual([
      { field: 'name', level: 'core-exact', weight: 6.2, detail: null },
      { field: 'uscc', level: 'repaired', weight: null, detail: '{"typed":"X"}' },
    ]);
    expect(fieldReasons(null)).toEqual([]);
  });

  it('writes values and strengths', () => {
    expect(valueText(['a', 'b'])).toBe('a、b');
    expect(valueText(null)).toBe('—');
    expect(valueText(true, { yes: '是', no: '否' })).toBe('是');
    expect(weightStrength(12)).toBe('strong');
    expect(weightStrength(6)).toBe('medium');
    expect(weightStrength(1)).toBe('weak');
  });
});
