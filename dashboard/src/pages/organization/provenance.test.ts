import { describe, expect, it } from 'vitest';
import {
  attributeHistories,
  linkReasons,
  valueText,
  weightText,
  type Statement,
} from './provenance';

const at = (
  name: string,
  value: unknown,
  source: string,
  observedAt: string,
  survives = false,
): Statement => ({ name, value, source, stream: 's', recordKey: 'k', observedAt, survives });

describe('provenance', () => {
  it('groups by attribute in catalog order, newest first, the kept one marked', () => {
    const histories = attributeHistories([
      at('address', 'a', 'tax', '2025-01-01'),
      at('name', 'n', 'tax', '2025-01-01'),
      at('address', 'b', 'statistics', '2026-01-01', true),
    ]);
    expect(histories.map((h) => h.name)).toEqual(['name', 'address']);
    expect(histories[1].label).toBe('住所');
    expect(histories[1].statements[0].value).toBe('b');
    expect(histories[1].survivor).toBe(0);
    expect(histories[0].survivor).toBe(-1);
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
