import type { Pool } from 'pg';
import type { CoverageFacts } from '../../src/coverage/coverage-facts';
import { nodeOfRow } from '../organization/organization-list';
import { badInput, decodeCursor, encodeCursor } from '../pagination/relay';
import type { CoverageFilter } from './coverage-filter.input';
import { filterSql } from './coverage-query';
import { GAP_FLAGS, GapOrder, type Gap, type GapRule } from './gap.type';

const ORDER: Record<GapOrder, { expression: string; descending: boolean }> = {
  [GapOrder.ORGANIZATION_ID]: { expression: 'f.organization_id', descending: false },
  [GapOrder.EMPLOYEES_DESC]: { expression: 'coalesce(f.employees, -1)', descending: true },
  [GapOrder.PARTY_MEMBERS_DESC]: { expression: 'f.party_members', descending: true },
};

export interface GapPage {
  rows: Array<{ cursor: string; node: Gap }>;
  hasNextPage: boolean;
}

/**
 * One page of a gap list: current facts carrying the rule's flag (a partial index each), joined
 * with their organizations in the same statement, keyset-paged on (order value, organization id).
 */
export async function gapPage(pool: Pool, ruleSet: string, rule: GapRule, filter: CoverageFilter | undefined, order: GapOrder, limit: number, after: string | undefined): Promise<GapPage> {
  const { column, flag } = GAP_FLAGS[rule];
  const { expression, descending } = ORDER[order];
  const params: unknown[] = [ruleSet];
  const where = [`f.rule_set = $1`, `f.valid_to is null`, `f.${column}`, ...filterSql(filter, params, true).map((w) => `f.${w}`)];
  const position = decodeCursor(`gap:${order}`, after);
  if (position) {
    const [value, id] = position.split(':');
    if (!/^-?\d+$/.test(value ?? '') || !/^\d+$/.test(id ?? '')) throw badInput('"after" is not a cursor of this list');
    params.push(Number(value), id);
    where.push(`(${expression}, f.organization_id) ${descending ? '<' : '>'} ($${params.length - 1}, $${params.length})`);
  }
  params.push(limit + 1);
  const direction = descending ? 'desc' : 'asc';
  const result = await pool.query<Record<string, unknown> & { flag_reasons: CoverageFacts['reasons'] }>(
    `select f.organization_id, f.flag_reasons, f.employees, f.employees_source, f.party_members, f.party_coverage, f.union_coverage,
            ${expression} as sort_value, o.uscc, o.name, o.kind, o.status, o.active, o.division_code, o.industry_code, o.employees as golden_employees
       from coverage_fact f join organization o on o.id = f.organization_id
      where ${where.join(' and ')}
      order by ${expression} ${direction}, f.organization_id ${direction} limit $${params.length}`,
    params,
  );
  const rows = result.rows.slice(0, limit).map((row) => {
    const reason = row.flag_reasons.find((r) => r.flag === flag);
    const id = String(row.organization_id);
    return {
      cursor: encodeCursor(`gap:${order}`, `${row.sort_value}:${id}`),
      node: {
        organization: nodeOfRow({ ...row, id, employees: row.golden_employees }),
        rule,
        reason: reason?.text ?? '',
        numbers: reason?.numbers ?? {},
        sources: reason?.sources ?? [],
        employees: (row.employees as number | null) ?? null,
        employeesSource: (row.employees_source as string | null) ?? null,
        partyMembers: Number(row.party_members),
        partyCoverage: String(row.party_coverage),
        unionCoverage: String(row.union_coverage),
      },
    };
  });
  return { rows, hasNextPage: result.rows.length > limit };
}

/** How many organizations the rule flags under the filter. */
export async function gapCount(pool: Pool, ruleSet: string, rule: GapRule, filter: CoverageFilter | undefined): Promise<number> {
  const params: unknown[] = [ruleSet];
  const where = ['rule_set = $1', 'valid_to is null', GAP_FLAGS[rule].column, ...filterSql(filter, params, true)];
  const result = await pool.query<{ n: number }>(`select count(*)::int as n from coverage_fact where ${where.join(' and ')}`, params);
  return result.rows[0].n;
}
