import { divisionName, divisionPrefix } from '../../src/reference/divisions';
import { GOLDEN_ATTRIBUTES } from '../../src/model/attributes';
import type { Organization } from '../../src/storage/entities';
import type { OrganizationNode } from './organization.type';

/**
 * The columns of `organization` every query that shows organizations selects: the id, the USCC
 * and the catalog's golden columns, each as `<prefix><column>` when a prefix keeps them apart from
 * the query's own columns.
 */
export function organizationColumns(alias = 'o', prefix = ''): string {
  return ['id', 'uscc', ...GOLDEN_ATTRIBUTES.map((a) => a.column)]
    .map((column) => `${alias}.${column}${prefix ? ` as ${prefix}${column}` : ''}`)
    .join(', ');
}

type Row = Record<string, unknown>;

const COLUMN_OF = Object.fromEntries(GOLDEN_ATTRIBUTES.map((a) => [a.name, a.column])) as Record<
  (typeof GOLDEN_ATTRIBUTES)[number]['name'],
  string
>;

/** The GraphQL view of a row selected with `organizationColumns(alias, prefix)`. */
export function nodeOfRow(row: Row, prefix = ''): OrganizationNode {
  const golden = (name: keyof typeof COLUMN_OF) => row[prefix + COLUMN_OF[name]];
  const division = golden('divisionCode') ? String(golden('divisionCode')) : null;
  return {
    id: String(row[`${prefix}id`]),
    uscc: (row[`${prefix}uscc`] as string | null) ?? null,
    name: String(golden('name')),
    kind: String(golden('kind')),
    status: (golden('status') as string | null) ?? null,
    active: Boolean(golden('active')),
    division: division ? { code: division, name: divisionName(division) ?? null } : null,
    industry: (golden('industryCode') as string | null) ?? null,
    employees: (golden('employees') as number | null) ?? null,
  };
}

/** The nullable GraphQL organization of a row whose organization may be unresolved. */
export function nodeOfRowOrNull(row: Row, prefix: string): OrganizationNode | null {
  const id = row[`${prefix}id`];
  return id === null || id === undefined ? null : nodeOfRow(row, prefix);
}

/** Every golden attribute is a property of the entity (the compiler checks it here). */
type GoldenProperties = { [N in (typeof GOLDEN_ATTRIBUTES)[number]['name']]?: Organization[N] };

/** The GraphQL view of an organization entity. */
export function nodeOfEntity(o: Organization): OrganizationNode {
  const golden: GoldenProperties = o;
  const row: Row = { id: o.id, uscc: o.uscc };
  for (const a of GOLDEN_ATTRIBUTES) row[a.column] = golden[a.name];
  return nodeOfRow(row);
}

/**
 * The region scope of a row by its organization: only rows one of whose organizations (SQL id
 * expressions) lies in the region. A row no organization holds yet has no region, so a region's
 * identity does not see it. Empty without a region.
 */
export function organizationInRegion(
  organizationIds: string,
  region: string | undefined,
  params: unknown[],
): string {
  if (!region) return '';
  params.push(`${divisionPrefix(region)}%`);
  return `and exists (select 1 from organization rg
                       where rg.id in (${organizationIds}) and rg.division_code like $${params.length})`;
}
