import { ATTRIBUTES } from '../../../../src/model/attributes';

export interface StatedValue {
  name: string;
  value: unknown;
  source: string;
  stream: string;
  recordKey: string;
  observedAt: string;
}

export interface RecordRef {
  source: string;
  stream: string;
  recordKey: string;
}

/**
 * What the record under review states: its own values among the attributes of the organization
 * it is linked to now, in catalog order, the latest observation of each attribute.
 */
export function recordValues(attributes: readonly StatedValue[], ref: RecordRef): StatedValue[] {
  const mine = attributes.filter(
    (a) => a.source === ref.source && a.stream === ref.stream && a.recordKey === ref.recordKey,
  );
  const latest = new Map<string, StatedValue>();
  for (const a of mine) {
    const seen = latest.get(a.name);
    if (!seen || seen.observedAt < a.observedAt) latest.set(a.name, a);
  }
  const order = Object.keys(ATTRIBUTES);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...latest.values()].sort((a, b) => rank(a.name) - rank(b.name));
}

/** An attribute's Chinese label from the catalog, else its name. */
export function attributeLabel(name: string, language: string): string {
  if (language !== 'zh') return name;
  return (ATTRIBUTES as Record<string, { label?: string }>)[name]?.label ?? name;
}

/** A stated value as text (yes/no in the page's words, lists joined, objects as JSON). */
export function valueText(value: unknown, words = { yes: 'true', no: 'false' }): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map((v) => valueText(v, words)).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface FieldReason {
  field: string;
  level: string;
  /** The field's log2-odds contribution, when the matcher gave one. */
  weight: number | null;
  /** Anything else the reason says (a repaired USCC's typed and repaired value, …). */
  detail: string | null;
}

/** The review's per-field reasons (JSON from the matcher), defensively typed. */
export function fieldReasons(reasons: unknown): FieldReason[] {
  if (!Array.isArray(reasons)) return [];
  return reasons
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
    .map((r) => {
      const { field, level, weight, ...rest } = r;
      return {
        field: String(field ?? '—'),
        level: String(level ?? '—'),
        weight: typeof weight === 'number' ? weight : null,
        detail: Object.keys(rest).length ? valueText(rest) : null,
      };
    });
}

/** How sure the matcher is, for the weight's colour: log2 odds of the pair being one. */
export function weightStrength(weight: number): 'strong' | 'medium' | 'weak' {
  if (weight >= 10) return 'strong';
  if (weight >= 5) return 'medium';
  return 'weak';
}
