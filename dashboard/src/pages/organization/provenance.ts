import { ATTRIBUTES, type AttributeName } from '../../../../src/model/attributes';

/** One stated value of an attribute, as `Organization.attributes` gives it. */
export interface Statement {
  name: string;
  value: unknown;
  source: string;
  stream: string;
  recordKey: string;
  observedAt: string;
  /** Survivorship kept this one for the golden record (the API says). */
  survives: boolean;
}

/** One attribute's statements, newest first, and which of them survived. */
export interface AttributeHistory {
  name: string;
  label: string;
  statements: Statement[];
  /** Index into `statements` of the surviving one; -1 when none can be told. */
  survivor: number;
}

/** An attribute as the departments name it (法定代表人), or its name. */
export function attributeLabel(name: string): string {
  return Object.prototype.hasOwnProperty.call(ATTRIBUTES, name)
    ? ATTRIBUTES[name as AttributeName].label
    : name;
}

/** A stated JSON value in one line: strings as they are, lists joined, booleans as 是/否. */
export function valueText(value: unknown, yes = '是', no = '否'): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => valueText(v, yes, no)).join('；');
  return JSON.stringify(value);
}

/**
 * The statements grouped by attribute in the catalog's order (unknown names last), each group
 * newest first with its survivor marked.
 */
export function attributeHistories(statements: readonly Statement[]): AttributeHistory[] {
  const byName = new Map<string, Statement[]>();
  for (const s of statements) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const order = Object.keys(ATTRIBUTES);
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  return [...byName.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([name, list]) => {
      const newestFirst = [...list].sort((a, b) => b.observedAt.localeCompare(a.observedAt));
      return {
        name,
        label: attributeLabel(name),
        statements: newestFirst,
        survivor: newestFirst.findIndex((s) => s.survives),
      };
    });
}

/** A link's per-field reason, e.g. {field: "uscc", level: "exact", value: "9161…"}. */
export interface LinkReason {
  field: string;
  level?: string;
  weight?: number;
  detail: string;
}

/** The reasons JSON of a link as a list of fields (the matcher's and the rules' shapes alike). */
export function linkReasons(reasons: unknown): LinkReason[] {
  const list = Array.isArray(reasons) ? reasons : reasons ? [reasons] : [];
  return list.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return { field: String(entry), detail: '' };
    const { field, level, weight, ...rest } = entry as Record<string, unknown>;
    const detail = Object.entries(rest)
      .map(([k, v]) => `${k}: ${valueText(v)}`)
      .join(', ');
    return {
      field: typeof field === 'string' ? field : '—',
      level: typeof level === 'string' ? level : undefined,
      weight: typeof weight === 'number' ? weight : undefined,
      detail,
    };
  });
}

/** A match weight: rules' and people's 1000 as is, the matcher's log2 odds to one decimal. */
export function weightText(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : weight.toFixed(1);
}
