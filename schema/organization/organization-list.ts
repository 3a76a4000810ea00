import type { Pool } from 'pg';
import { nodeOfRow, organizationColumns } from './organization-row';
import { badInput, decodeCursor, encodeCursor } from '../pagination/relay';
import { divisionPrefix } from '../../src/reference/divisions';
import { factValidAt } from '../coverage/coverage-query';
import { OrganizationOrder, type OrganizationFilter } from './organization-filter.input';
import type { OrganizationNode } from './organization.type';

const COVERAGE_FIELDS: Array<keyof OrganizationFilter> = [
  'ownership',
  'inScope',
  'employeesMin',
  'employeesMax',
  'employeesUnknown',
  'partyMembersMin',
  'partyMembersMax',
  'partyCoverage',
  'unionCoverage',
  'flags',
  'keyTarget',
];

/**
 * Filters whose condition no organization without a current evaluation meets (null-rejecting on
 * the fact): with one of them the list holds evaluated organizations only.
 */
const FACT_REQUIRING_FIELDS: Array<keyof OrganizationFilter> = [
  'ownership',
  'employeesMin',
  'employeesMax',
  'employeesUnknown',
  'partyMembersMin',
  'partyMembersMax',
  'partyCoverage',
  'unionCoverage',
  'flags',
];

const ORDER: Record<
  OrganizationOrder,
  { expression: string; descending: boolean; numeric: boolean; needsCoverage: boolean }
> = {
  [OrganizationOrder.ID]: {
    expression: 'o.id',
    descending: false,
    numeric: true,
    needsCoverage: false,
  },
  [OrganizationOrder.NAME]: {
    expression: 'o.name',
    descending: false,
    numeric: false,
    needsCoverage: false,
  },
  [OrganizationOrder.EMPLOYEES_DESC]: {
    expression: 'coalesce(f.employees, -1)',
    descending: true,
    numeric: true,
    needsCoverage: true,
  },
  [OrganizationOrder.PARTY_MEMBERS_DESC]: {
    expression: 'coalesce(f.party_members, 0)',
    descending: true,
    numeric: true,
    needsCoverage: true,
  },
};

interface Query {
  from: string;
  /** Only organizations with a current evaluation can match (see FACT_REQUIRING_FIELDS). */
  factRequired: boolean;
  where: string[];
  params: unknown[];
}

/** FROM and WHERE of an organization filter; coverage fields join the current evaluation. */
function buildQuery(
  filter: OrganizationFilter | undefined,
  joinCoverage: boolean,
  ruleSet: string,
): Query {
  const params: unknown[] = [];
  const where: string[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const f = filter ?? {};
  const coverage = joinCoverage || COVERAGE_FIELDS.some((k) => f[k] !== undefined && f[k] !== null);
  const from = coverage
    ? `organization o left join coverage_fact f on f.organization_id = o.id
         and f.rule_set = ${p(ruleSet)} and ${factValidAt('f.', f.asOf, params)}`
    : 'organization o';
  if (f.nameContains)
    where.push(`o.name ilike ${p(`%${f.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  if (f.kinds?.length) where.push(`o.kind = any(${p(f.kinds)}::text[])`);
  if (f.active !== undefined && f.active !== null) where.push(`o.active = ${p(f.active)}`);
  if (f.division) {
    if (!/^61\d{0,4}$/.test(f.division))
      throw badInput(
        `"division" must be a Shaanxi division code or prefix (61…), got ${f.division}`,
      );
    where.push(`o.division_code like ${p(`${divisionPrefix(f.division)}%`)}`);
  }
  if (f.industry) {
    const industry = f.industry.trim().toUpperCase();
    if (/^[A-T]$/.test(industry)) where.push(`o.industry_code like ${p(`${industry}%`)}`);
    else if (/^[A-T]?\d{4}$/.test(industry))
      where.push(`o.industry_code like ${p(`%${industry.slice(-4)}`)}`);
    else throw badInput(`"industry" must be a section letter or a class code, got ${f.industry}`);
  }
  if (f.source)
    where.push(
      `exists (select 1 from record_link l where l.organization_id = o.id
         and l.source = ${p(f.source)})`,
    );
  if (f.ownership?.length) where.push(`f.category = any(${p(f.ownership)}::text[])`);
  if (f.inScope !== undefined && f.inScope !== null)
    where.push(`coalesce(f.in_scope, false) = ${p(f.inScope)}`);
  if (f.employeesMin !== undefined && f.employeesMin !== null)
    where.push(`f.employees >= ${p(f.employeesMin)}`);
  if (f.employeesMax !== undefined && f.employeesMax !== null)
    where.push(`f.employees <= ${p(f.employeesMax)}`);
  if (f.employeesUnknown !== undefined && f.employeesUnknown !== null)
    where.push(`f.employees_unknown = ${p(f.employeesUnknown)}`);
  if (f.partyMembersMin !== undefined && f.partyMembersMin !== null)
    where.push(`f.party_members >= ${p(f.partyMembersMin)}`);
  if (f.partyMembersMax !== undefined && f.partyMembersMax !== null)
    where.push(`f.party_members <= ${p(f.partyMembersMax)}`);
  if (f.partyCoverage?.length) where.push(`f.party_coverage = any(${p(f.partyCoverage)}::text[])`);
  if (f.unionCoverage?.length) where.push(`f.union_coverage = any(${p(f.unionCoverage)}::text[])`);
  // enum values are column names, never user text
  for (const flag of f.flags ?? []) where.push(`f.${flag}`);
  if (f.keyTarget !== undefined && f.keyTarget !== null)
    where.push(`coalesce(f.k1_target, false) = ${p(f.keyTarget)}`);
  const present = (value: unknown) =>
    value !== undefined && value !== null && (!Array.isArray(value) || value.length > 0);
  return { from, where, params, factRequired: FACT_REQUIRING_FIELDS.some((k) => present(f[k])) };
}

/** One keyset page of organizations in the requested order, in one statement. */
export async function organizationPage(
  pool: Pool,
  filter: OrganizationFilter | undefined,
  order: OrganizationOrder,
  ruleSet: string,
  limit: number,
  after: string | undefined,
): Promise<{ rows: Array<{ cursor: string; node: OrganizationNode }>; hasNextPage: boolean }> {
  const spec = ORDER[order];
  const query = buildQuery(filter, spec.needsCoverage, ruleSet);
  // Every row has a fact then: ties broken on the fact's organization id let the order's index
  // (value, organization id) serve the keyset too; else organizations without one need o.id.
  const id = spec.needsCoverage && query.factRequired ? 'f.organization_id' : 'o.id';
  const position = decodeCursor(`organization:${order}`, after);
  if (position !== undefined) {
    const split = position.lastIndexOf('|');
    const [value, id] = [position.slice(0, split), position.slice(split + 1)];
    if (!/^\d+$/.test(id) || (spec.numeric && !/^-?\d+$/.test(value)))
      throw badInput('"after" is not a cursor of this list');
    query.params.push(spec.numeric ? Number(value) : value, id);
    query.where.push(
      `(${spec.expression}, ${id}) ${spec.descending ? '<' : '>'} ($${query.params.length - 1}, ` +
        `$${query.params.length})`,
    );
  }
  query.params.push(limit + 1);
  const direction = spec.descending ? 'desc' : 'asc';
  const result = await pool.query<Record<string, unknown>>(
    `select ${organizationColumns()}, ${spec.expression} as sort_value
       from ${query.from} ${query.where.length ? `where ${query.where.join(' and ')}` : ''}
      order by ${spec.expression} ${direction}, ${id} ${direction} limit $${query.params.length}`,
    query.params,
  );
  const rows = result.rows.slice(0, limit).map((row) => ({
    cursor: encodeCursor(`organization:${order}`, `${row.sort_value}|${row.id}`),
    node: nodeOfRow(row),
  }));
  return { rows, hasNextPage: result.rows.length > limit };
}

export async function organizationCount(
  pool: Pool,
  filter: OrganizationFilter | undefined,
  ruleSet: string,
): Promise<number> {
  const query = buildQuery(filter, false, ruleSet);
  const result = await pool.query<{ n: number }>(
    `select count(*)::int as n
     from ${query.from} ${query.where.length ? `where ${query.where.join(' and ')}` : ''}`,
    query.params,
  );
  return result.rows[0].n;
}
