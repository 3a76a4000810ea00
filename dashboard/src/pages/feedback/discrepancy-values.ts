/** The discrepancy lists (DiscrepancyField), in the order the page offers them. */
export const DISCREPANCY_FIELDS = [
  'EMPLOYEES',
  'STATUS',
  'DIVISION',
  'NAME',
  'IDENTIFIER',
  'ABSENT',
  'FEEDBACK',
] as const;

export type Field = (typeof DISCREPANCY_FIELDS)[number];

export function isField(value: string | undefined): value is Field {
  return (DISCREPANCY_FIELDS as readonly string[]).includes(value ?? '');
}

/** The words a value is written with, from the page's messages. */
export interface ValueWords {
  empty: string;
  active: string;
  inactive: string;
  persons: (count: string) => string;
  lastSeen: (day: string) => string;
  typed: (code: string) => string;
  notTyped: string;
}

type Json = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * One department's value as a clerk reads it: 30 人, 「注销」（不在营）, 610113, 「名称」. The shapes
 * are the API's (schema/discrepancies): a number, `{ active, status }`, a code, a name, invalid
 * identifier claims or a roster reference, a vanished record, a requested correction.
 */
export function formatValue(field: Field, value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value !== 'object') {
    if (field === 'EMPLOYEES') return words.persons(String(value));
    if (field === 'NAME') return `「${String(value)}」`;
    return String(value);
  }
  const v = value as Json;
  switch (field) {
    case 'STATUS': {
      const state = v.active === false ? words.inactive : words.active;
      return v.status ? `「${text(v.status)}」（${state}）` : state;
    }
    case 'IDENTIFIER': {
      if (typeof v.unitName === 'string')
        return `「${v.unitName}」 ${v.typed ? words.typed(text(v.typed)) : words.notTyped}`;
      const invalid = Array.isArray(v.invalid) ? (v.invalid as Json[]).map((c) => text(c.raw)) : [];
      if (invalid.length === 0 && v.typed) invalid.push(text(v.typed));
      return [v.name ? `「${text(v.name)}」` : '', invalid.join('、')].filter(Boolean).join(' ');
    }
    case 'ABSENT': {
      const seen =
        typeof v.lastSeenAt === 'string' ? words.lastSeen(v.lastSeenAt.slice(0, 10)) : '';
      const shown = [v.name ? `「${text(v.name)}」` : '', v.status ? text(v.status) : '']
        .filter(Boolean)
        .join(' ');
      return `${shown}${seen}` || words.empty;
    }
    case 'FEEDBACK':
      return v.correction !== undefined ? text(v.correction) : JSON.stringify(v);
    default:
      return JSON.stringify(v);
  }
}
