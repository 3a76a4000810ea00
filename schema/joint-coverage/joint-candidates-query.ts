import type { Pool } from 'pg';
import { BUILDING_PATTERN, buildingSql } from '../../src/coverage/building-name';
import type { JointGrouping, JointSide } from '../../src/coverage/joint-candidates';
import { SOURCE_PRECEDENCE } from '../../src/resolution/survivorship';
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
}

export interface JointGroupsResult {
  totalCandidates: number;
  totalGroups: number;
  ungrouped: number;
  groups: Array<JointGroupRow & { key: string }>;
}

/**
 * `candidate` (current J1 facts of the side under the filter) and `keyed` (each candidate with its
 * group key, one row per key; key null when it has none) as SQL CTEs. The keys follow
 * groupJointCandidates (src/coverage/joint-candidates.ts): trimmed, empty means none, an
 * organization's chamber counted once per chamber name.
 */
function keyedCandidatesSql(q: JointQuery, params: unknown[]): string {
  params.push(q.ruleSet);
  const where = [`f.rule_set = $${params.length}`, 'f.valid_to is null', q.side === 'PARTY' ? 'f.j1_party' : 'f.j1_union',
    ...filterSql(q.filter, params, true).map((condition) => `f.${condition}`)];
  const candidate = `candidate as (select f.organization_id, f.employees, f.party_members, f.park, f.street
                                     from coverage_fact f where ${where.join(' and ')})`;
  let keyed: string;
  if (q.groupBy === 'PARK' || q.groupBy === 'STREET') {
    keyed = `select c.*, nullif(btrim(c.${q.groupBy === 'PARK' ? 'park' : 'street'}), '') as key from candidate c`;
  } else if (q.groupBy === 'CHAMBER') {
    // An organization in two chambers yields two rows: it belongs in both proposals.
    keyed = `select c.*, m.key from candidate c left join lateral (
               select distinct btrim(m.chamber_name) as key from chamber_membership m
                where m.organization_id = c.organization_id and btrim(m.chamber_name) <> '') m on true`;
  } else {
    // The golden address: the identity precedence of survivorship, then the latest observation.
    params.push([...SOURCE_PRECEDENCE.identity]);
    const precedence = `$${params.length}`;
    params.push(BUILDING_PATTERN);
    keyed = `select c.*, ${buildingSql('a.address', `$${params.length}`)} as key from candidate c left join lateral (
               select a.value #>> '{}' as address from organization_attribute a
                where a.organization_id = c.organization_id and a.name = 'address' and jsonb_typeof(a.value) = 'string'
                order by coalesce(array_position(${precedence}::text[], a.source), 1000), a.observed_at desc limit 1) a on true`;
  }
  return `${candidate}, keyed as (${keyed})`;
}

/**
 * POLICY J1 in one statement: the candidates grouped by key, largest first (organizations, then
 * employees, then key in code-point order, as groupJointCandidates sorts), with the ungrouped row,
 * the number of groups and of candidates. Only the first `limit` groups are returned.
 */
export async function jointGroups(pool: Pool, q: JointQuery, limit: number): Promise<JointGroupsResult> {
  const params: unknown[] = [];
  const cte = keyedCandidatesSql(q, params);
  params.push(limit + 1);
  const result = await pool.query<{
    key: string | null; organizations: number; employees: number; employees_unknown: number; party_members: number;
    total_groups: number; total_candidates: number;
  }>(
    `with ${cte},
     grouped as (select key, count(*)::int as organizations, coalesce(sum(employees), 0)::int as employees,
                        (count(*) filter (where employees is null))::int as employees_unknown,
                        coalesce(sum(party_members), 0)::int as party_members
                   from keyed group by key)
     select g.*, (count(*) filter (where g.key is not null) over ())::int as total_groups,
            (select count(*) from candidate)::int as total_candidates
       from grouped g
      order by g.key is not null, g.organizations desc, g.employees desc, g.key collate "C"
      limit $${params.length}`,
    params,
  );
  const rows = result.rows.map((row) => ({
    key: row.key, organizations: row.organizations, employees: row.employees,
    employeesUnknown: row.employees_unknown, partyMembers: row.party_members,
  }));
  const ungrouped = rows.find((row) => row.key === null);
  return {
    totalCandidates: result.rows[0]?.total_candidates ?? 0,
    totalGroups: result.rows[0]?.total_groups ?? 0,
    ungrouped: ungrouped?.organizations ?? 0,
    groups: rows.filter((row): row is JointGroupRow & { key: string } => row.key !== null).slice(0, limit),
  };
}

/**
 * The first `first` members of each of the given groups (largest employers first, then id), in
 * one statement for all groups.
 */
export async function jointGroupMembers(pool: Pool, q: JointQuery, keys: string[], first: number): Promise<Map<string, string[]>> {
  const params: unknown[] = [];
  const cte = keyedCandidatesSql(q, params);
  params.push(keys, first);
  const result = await pool.query<{ key: string; organization_id: string }>(
    `with ${cte}
     select key, organization_id from (
       select key, organization_id,
              row_number() over (partition by key order by employees desc nulls last, organization_id) as position
         from keyed where key = any($${params.length - 1}::text[])) ranked
      where position <= $${params.length}
      order by key, position`,
    params,
  );
  const members = new Map<string, string[]>(keys.map((key) => [key, []]));
  for (const row of result.rows) members.get(row.key)?.push(String(row.organization_id));
  return members;
}
