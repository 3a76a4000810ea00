import type { Pool } from 'pg';
import type { CoverageFilter } from '../coverage/coverage-filter.input';
import { filterSql } from '../coverage/coverage-query';
import { EXACT_TIME, badInput, decodeCursor, encodeCursor } from '../pagination/relay';
import { nodeOfRowOrNull, organizationColumns } from '../organization/organization-row';
import { CoverageChangeKind, type CoverageChangeView } from './coverage-change.type';

export interface ChangeQuery {
  ruleSet: string;
  since: Date;
  rule?: string;
  filter?: CoverageFilter;
  /** Only these organizations (an organization's timeline). */
  organizationIds?: string[];
}

interface ChangeRow {
  id: string;
  rule: string;
  change: CoverageChangeKind;
  at: Date;
  /** `at` exactly (microseconds), for the cursor. */
  at_text: string;
  reason: Record<string, unknown> | null;
  [column: string]: unknown;
}

/**
 * Changes oldest first from `since`, keyset-paged on (at, id) along the (rule_set, at, id) index;
 * the filter applies to the dimensions each change was recorded with. A merged organization's
 * changes show its survivor.
 */
export async function changePage(
  pool: Pool,
  query: ChangeQuery,
  limit: number,
  after: string | undefined,
): Promise<{ rows: Array<{ cursor: string; node: CoverageChangeView }>; hasNextPage: boolean }> {
  const params: unknown[] = [query.ruleSet, query.since];
  const where = ['rule_set = $1', 'at >= $2', ...filterSql(query.filter, params, false)];
  if (query.rule) {
    params.push(query.rule);
    where.push(`rule = $${params.length}`);
  }
  if (query.organizationIds) {
    params.push(query.organizationIds);
    where.push(`organization_id = any($${params.length}::bigint[])`);
  }
  const position = decodeCursor('change', after);
  if (position !== undefined) {
    const [at, id] = position.split('|');
    if (!/^\d+$/.test(id ?? '') || !EXACT_TIME.test(at))
      throw badInput('"after" is not a cursor of this list');
    params.push(at, id);
    where.push(`(at, id) > ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
  }
  params.push(limit + 1);
  const { rows } = await pool.query<ChangeRow>(
    `select c.id::text, c.rule, c.change, c.at, c.at::text as at_text, c.reason,
            ${organizationColumns('o', 'org_')}
       from (select * from coverage_change where ${where.join(' and ')}
              order by at, id limit $${params.length}) c
       left join organization o on o.id = coalesce(
         (select a.organization_id from organization_alias a
           where a.retired_id = c.organization_id),
         c.organization_id)
      order by c.at, c.id`,
    params,
  );
  return {
    rows: rows.slice(0, limit).map((row) => ({
      cursor: encodeCursor('change', `${row.at_text}|${row.id}`),
      node: nodeOf(row),
    })),
    hasNextPage: rows.length > limit,
  };
}

function nodeOf(row: ChangeRow): CoverageChangeView {
  const reason = row.reason ?? {};
  return {
    id: row.id,
    organization: nodeOfRowOrNull(row, 'org_'),
    rule: row.rule as CoverageChangeView['rule'],
    change: row.change,
    at: row.at,
    reason: reasonText(row.change, reason),
    numbers: 'numbers' in reason ? reason.numbers : reason,
  };
}

/** The flag's own reason when a gap opened; the numbers that moved otherwise. */
export function reasonText(change: CoverageChangeKind, reason: Record<string, unknown>): string {
  if (typeof reason.text === 'string') return reason.text;
  if (reason.ended) return 'the organization was merged into another or left the graph';
  const parts: string[] = [];
  if (reason.active === false) parts.push('no longer active');
  else if (reason.inScope === false) parts.push('out of scope');
  if (reason.unionCoverage) parts.push(`union coverage ${String(reason.unionCoverage)}`);
  if (reason.partyCoverage) parts.push(`party coverage ${String(reason.partyCoverage)}`);
  if (typeof reason.employees === 'number')
    parts.push(`${reason.employees} employees (${String(reason.employeesSource ?? 'unknown')})`);
  if (typeof reason.partyMembers === 'number') parts.push(`${reason.partyMembers} full members`);
  const head = change === CoverageChangeKind.CLOSED ? 'gap closed' : change.toLowerCase();
  return `${head}: ${parts.join(', ')}`;
}
