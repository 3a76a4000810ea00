import type { Pool } from 'pg';
import type { JointGrouping, JointSide } from '../../src/coverage/joint-candidates';
import type { CoverageFilter } from '../coverage/coverage-filter.input';
import { filterSql } from '../coverage/coverage-query';

/** Which J1 candidates, grouped how. */
export interface JointQuery {
  ruleSet: string;
  side: JointSide;
  groupBy: JointGrouping;
  filter?: CoverageFilter;
}

/** One group as SQL counts it; `key` null is the row of the ungrouped candidates. */
export interface JointGroupRow {
  key: string | null;
  organizations: number;
  employees: number;
  employeesUnknown: number;
  partyMembers: number;
  /** The first members' organization ids, when asked for. */
  memberIds: string[];
}

export interface JointGroupsResult {
  totalCandidates: number;
  totalGroups: number;
  ungrouped: number;
  groups: Array<JointGroupRow & { key: string }>;
}

/**
 * The CTE `keyed`: each current J1 candidate of the side under the filter with its group key, one
 * row per key (key null when it has none) and `first_row` true on exactly one row per candidate.
 * Keys follow groupJointCandidates (src/coverage/joint-candidates.ts): trimmed, empty means none,
 * one row per distinct chamber name.
 */
function keyedCandidatesSql(q: JointQuery, params: unknown[]): string {
  params.push(q.ruleSet);
  const where = [
    `f.rule_set = $${params.length}`,
    'f.valid_to is null',
    q.side === 'PARTY' ? 'f.j1_party' : 'f.j1_union',
    ...filterSql(q.filter, params, true).map((condition) => `f.${condition}`),
  ].join(' and ');
  const columns = 'f.organization_id, f.employees, f.party_members';
  if (q.groupBy === 'CHAMBER') {
    // An organization in two chambers yields two rows: it belongs in both proposals (first_row
    // once).
    return `keyed as (select ${columns}, k.key, k.n = 1 as first_row from coverage_fact f
              left join (select m.organization_id,
                array_agg(distinct btrim(m.chamber_name)) as names from chamber_membership m
                          where btrim(m.chamber_name) <> '' group by m.organization_id) m
                            on m.organization_id = f.organization_id
              cross join lateral unnest(coalesce(m.names, array[null::text]))
                with ordinality as k(key, n)
             where ${where})`;
  }
  // Park and street come from statistics; the building was read from the golden address by the
  // coverage stage.
  const column = q.groupBy === 'PARK' ? 'park' : q.groupBy === 'STREET' ? 'street' : 'building';
  return `keyed as (select ${columns}, nullif(btrim(f.${column}), '') as key, true as first_row
            from coverage_fact f where ${where})`;
}

/**
 * POLICY J1 in one statement: the candidates grouped by key, largest first (organizations, then
 * employees, then key in code-point order, as groupJointCandidates sorts), with the ungrouped row,
 * the number of groups and of candidates. Only the first `limit` groups are returned; with
 * `members`, each with the ids of its first `members` organizations (largest employers first, then
 * id), aggregated in the same pass.
 */
export async function jointGroups(
  pool: Pool,
  q: JointQuery,
  limit: number,
  members: number | null = null,
): Promise<JointGroupsResult> {
  const params: unknown[] = [];
  const cte = keyedCandidatesSql(q, params);
  let memberIds = 'null::bigint[]';
  if (members !== null) {
    params.push(members);
    // Not for the ungrouped bucket, which can hold most candidates.
    memberIds = `(array_agg(organization_id order by employees desc nulls last, organization_id)
                   filter (where key is not null))[1:$${params.length}]`;
  }
  params.push(limit + 1);
  const result = await pool.query<{
    key: string | null;
    organizations: number;
    employees: number;
    employees_unknown: number;
    party_members: number;
    member_ids: string[] | null;
    total_groups: number;
    total_candidates: number;
  }>(
    `with ${cte},
     grouped as (select key, count(*)::int as organizations,
       coalesce(sum(employees), 0)::int as employees,
                        (count(*) filter (where employees is null))::int as employees_unknown,
                        coalesce(sum(party_members), 0)::int as party_members,
                          count(*) filter (where first_row) as firsts,
                        ${memberIds} as member_ids
                   from keyed group by key)
     select g.key, g.organizations, g.employees, g.employees_unknown, g.party_members, g.member_ids,
            (count(*) filter (where g.key is not null) over ())::int as total_groups,
              (sum(g.firsts) over ())::int as total_candidates
       from grouped g
      order by g.key is not null, g.organizations desc, g.employees desc, g.key collate "C"
      limit $${params.length}`,
    params,
  );
  const rows = result.rows.map((row) => ({
    key: row.key,
    organizations: row.organizations,
    employees: row.employees,
    employeesUnknown: row.employees_unknown,
    partyMembers: row.party_members,
    memberIds: (row.member_ids ?? []).map(String),
  }));
  const ungrouped = rows.find((row) => row.key === null);
  return {
    totalCandidates: result.rows[0]?.total_candidates ?? 0,
    totalGroups: result.rows[0]?.total_groups ?? 0,
    ungrouped: ungrouped?.organizations ?? 0,
    groups: rows
      .filter((row): row is JointGroupRow & { key: string } => row.key !== null)
      .slice(0, limit),
  };
}
