import { GOLDEN_ATTRIBUTES, type GoldenColumn } from '../model/attributes';
import { normalizeOrganizationName } from '../names';
import type { GoldenValues } from './survivorship';

/** One column `organization` holds golden values in: an attribute's, or the name's blocking key. */
export type GoldenTarget = GoldenColumn & { value: (golden: GoldenValues) => unknown };

const typed = (column: GoldenColumn, value: unknown): unknown => {
  if (value === undefined || value === null) return null;
  if (column.sql === 'int') return typeof value === 'number' ? value : null;
  return column.sql === 'boolean' ? Boolean(value) : String(value);
};

/** The catalog's golden columns, then `name_key`, the normalized name the matcher blocks on. */
export const GOLDEN_TARGETS: GoldenTarget[] = [
  ...GOLDEN_ATTRIBUTES.map((a) => ({ ...a, value: (g: GoldenValues) => typed(a, g[a.name]) })),
  {
    column: 'name_key',
    sql: 'text',
    absent: 'keep',
    value: (g) =>
      typeof g.name === 'string' ? normalizeOrganizationName(g.name).key || null : null,
  },
];

/** What a column becomes from the unnested value `t.<column>` (see `GoldenColumn.absent`). */
export function assignedValue(target: GoldenTarget): string {
  const stated = `t.${target.column}`;
  if (target.absent === 'keep') return `coalesce(${stated}, o.${target.column})`;
  return target.absent === null ? stated : `coalesce(${stated}, ${String(target.absent)})`;
}

/** `unnest($n::type[], …)` over the targets' columns, parameters numbered from `first`. */
export function unnestTargets(targets: GoldenTarget[], first: number): string {
  return targets.map((t, i) => `$${first + i}::${t.sql}[]`).join(', ');
}
