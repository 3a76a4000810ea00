import { organizationInRegion } from '../organization/organization-row';
import type { Pool } from 'pg';
import { divisionName } from '../../src/reference/divisions';
import { DiscrepancyField } from './discrepancy.type';
import {
  ORGANIZATION_COLUMNS,
  encodePosition,
  organizationOf,
  type DiscrepancyPage,
  type Position,
} from './discrepancy-rows';

/**
 * The department's records a region found wrong (信息反馈机制): follow-up cases closed as
 * DATA_ERROR naming this department, newest case first, with the correction asked for and the
 * department's record of that organization. Keyset on the case id (position `{ key }`).
 */
const FEEDBACK = (after: string, scope: string) => `
  select c.id::text as case_id, c.rule, c.region, c.closed_at, c.closed_by,
         c.outcome->>'correction' as correction, l.stream, l.record_key, ${ORGANIZATION_COLUMNS}
    from follow_up_case c
    left join lateral (select x.stream, x.record_key from record_link x
                        where x.organization_id = c.organization_id and x.source = $1
                        order by x.stream, x.record_key limit 1) l on true
    left join organization o on o.id = c.organization_id
   where c.state = 'DATA_ERROR' and c.outcome->>'department' = $1 ${after} ${scope}
   order by c.id desc limit $2`;

export async function feedbackPage(
  pool: Pool,
  source: string,
  limit: number,
  position: Position | undefined,
  region?: string,
): Promise<DiscrepancyPage> {
  const params: unknown[] = [source, limit + 1];
  let after = '';
  if (position?.part === 0) {
    params.push(position.key);
    after = `and c.id < $${params.length}::bigint`;
  }
  const scope = organizationInRegion('c.organization_id', region, params);
  const { rows } = await pool.query<Record<string, unknown>>(FEEDBACK(after, scope), params);
  return {
    rows: rows.slice(0, limit).map((row) => {
      const region = row.region ? String(row.region) : null;
      const where = region ? (divisionName(region) ?? region) : '跟进单位';
      return {
        cursor: encodePosition(DiscrepancyField.FEEDBACK, {
          part: 0,
          stream: 'case',
          key: String(row.case_id),
        }),
        node: {
          organization: organizationOf(row),
          source,
          field: DiscrepancyField.FEEDBACK,
          stream: (row.stream as string | null) ?? '',
          recordKey: (row.record_key as string | null) ?? '',
          value: {
            caseId: row.case_id,
            rule: row.rule,
            correction: row.correction,
            reportedAt: (row.closed_at as Date | null)?.toISOString() ?? null,
          },
          others: [],
          detail: `${where}跟进核实（个案 ${String(row.case_id)}）：${String(row.correction)}`,
        },
      };
    }),
    hasNextPage: rows.length > limit,
  };
}

export async function feedbackCount(pool: Pool, source: string, region?: string): Promise<number> {
  const params: unknown[] = [source];
  const scope = organizationInRegion('c.organization_id', region, params);
  const { rows } = await pool.query<{ n: number }>(
    `select count(*)::int as n from follow_up_case c
      where c.state = 'DATA_ERROR' and c.outcome->>'department' = $1 ${scope}`,
    params,
  );
  return rows[0].n;
}
