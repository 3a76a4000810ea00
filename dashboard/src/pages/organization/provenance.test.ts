import { describe, expect, it } from 'vitest';
import {
  attributeHistories,
  linkReasons,
  survivorIndex,
  valueText,
  weightText,
  type Statement,
} from './provenance';

const at = (name: string, value: unknown, source: string, observedAt: string): Statement => ({
  name,
  value,
  source,
  stream: 's',
  recordKey: 'k',
  observedAt,
});

describe('provenance', () => {
  it('marks the statement of the golden feed with the golden value', () => {
    const list = [
      at('address', '乙', 'tax', '2026-10-01'),
      at('address', '甲', 'market-regulation', '2025-12-01'),
    ];
    expect(survivorIndex(list, { value: '甲', source: 'market-regulation' })).toBe(1);
    expect(survivorIndex(list, { value: '乙' })).toBe(0);
    expect(survivorIndex(list, { value: '丙' })).toBe(-1);
  });

  it('prefers the best-ranked feed among those stating the golden value', () => {
    const names = [
      at('name', '甲', 'party-org', '2026-11'),
      at('name', '甲', 'market-regulation', '2025'),
    ];
    expect(survivorIndex(names, { value: '甲' })).toBe(1);
    const employees = [
      at('employees', 30, 'tax', '2026-10'),
      at('employees', 30, 'statistics', '2026-09'),
    ];
    expect(survivorIndex(employees, { value: 30 })).toBe(1);
  });

  it('falls back on identity precedence without a golden value', () => {
    const list = [at('sector', 'x', 'tax', '2026'), at('sector', 'y', 'market-regulation', '2025')];
    expect(survivorIndex(list)).toBe(1);
    expect(survivorIndex([])).toBe(-1);
  });

  it('groups by attribute in catalog order, newest first', () => {
    const histories = attributeHistories(
      [
        at('address', 'a', 'tax', '2025-01-01'),
        at('name', 'n', 'tax', '2025-01-01'),
        at('address', 'b', 'statistics', '2026-01-01'),
      ],
      { address: { value: 'b', source: 'statistics' } },
    );
    expect(histories.map((h) => h.name)).toEqual(['name', 'address']);
    expect(histories[1].label).toBe('住所');
    expect(histories[1].statements[0].value).toBe('b');
    expect(histories[1].survivor).toBe(0);
  });

  it('reads link reasons of rules and the matcher', () => {
    expect(linkReasons([{ field: 'uscc', level: 'exact', value: '9161' }])).toEqual([
      { field: 'uscc', level: 'exact', weight: undefined, detail: 'value: 9161' },
    ]);
    expect(linkReasons([{ field: 'name', level: 'fuzzy', weight: 4.2 }])[0].weight).toBe(4.2);
    expect(linkReasons(null)).toEqual([]);
  });

  it('formats values and weights', () => {
    expect(valueText(true)).toBe('是');
    expect(valueText(['a', 'b'])).toBe('a；b');
    expect(valueText(null)).toBe('—');
    expect(weightText(1000)).toBe('1000');
    expect(weightText(7.256)).toBe('7.3');
  });
});
