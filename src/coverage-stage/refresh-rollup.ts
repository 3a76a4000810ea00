import type { PoolClient } from 'pg';

/**
 * The counts of POLICY's summary as SQL aggregates over coverage facts, matching
 * `countCoverage` (src/coverage/summarize-coverage.ts) one for one. `where` selects the facts
 * (current ones, or those valid at an instant).
 */
export const COUNT_COLUMNS = `
  count(*) filter (where out_of_scope_reason is distinct from 'NOT_YET_ESTABLISHED')::int as organizations,
  count(*) filter (where out_of_scope_reason = 'NOT_YET_ESTABLISHED')::int as not_yet_established,
  count(*) filter (where in_scope)::int as in_scope,
  count(*) filter (where not in_scope and out_of_scope_reason is distinct from 'NOT_YET_ESTABLISHED')::int as out_of_scope,
  count(*) filter (where out_of_scope_reason = 'INACTIVE')::int as inactive,
  count(*) filter (where out_of_scope_reason = 'PUBLIC_ECONOMIC')::int as public_economic,
  count(*) filter (where in_scope and employees_unknown)::int as employees_unknown,
  count(*) filter (where in_scope and p1_required)::int as p1_required,
  count(*) filter (where in_scope and p1_met)::int as p1_met,
  count(*) filter (where in_scope and p1_gap)::int as p1_gap,
  count(*) filter (where in_scope and u1_required)::int as u1_required,
  count(*) filter (where in_scope and u1_met)::int as u1_met,
  count(*) filter (where in_scope and u1_gap)::int as u1_gap,
  count(*) filter (where in_scope and k1_target)::int as k1_targets,
  count(*) filter (where in_scope and k1_party_gap)::int as k1_party_gaps,
  count(*) filter (where in_scope and k1_union_gap)::int as k1_union_gaps,
  count(*) filter (where in_scope and m1)::int as m1,
  count(*) filter (where in_scope and m2)::int as m2,
  count(*) filter (where in_scope and c1_gap)::int as c1_gaps,
  count(*) filter (where in_scope and j1_party)::int as j1_party,
  count(*) filter (where in_scope and j1_union)::int as j1_union,
  count(*) filter (where in_scope and party_coverage not in ('NONE', 'WORK_ONLY'))::int as party_covered,
  count(*) filter (where in_scope and party_coverage = 'WORK_ONLY')::int as party_work_only,
  count(*) filter (where in_scope and union_coverage <> 'NONE')::int as union_covered,
  count(*) filter (where in_scope and party_coverage not in ('NONE', 'WORK_ONLY') and union_coverage <> 'NONE')::int as dual_covered`;

export const COUNT_NAMES = [
  'organizations',
  'not_yet_established',
  'in_scope',
  'out_of_scope',
  'inactive',
  'public_economic',
  'employees_unknown',
  'p1_required',
  'p1_met',
  'p1_gap',
  'u1_required',
  'u1_met',
  'u1_gap',
  'k1_targets',
  'k1_party_gaps',
  'k1_union_gaps',
  'm1',
  'm2',
  'c1_gaps',
  'j1_party',
  'j1_union',
  'party_covered',
  'party_work_only',
  'union_covered',
  'dual_covered',
] as const;

const GROUP = `coalesce(division, ''), coalesce(industry_section, ''), kind, category`;

/**
 * Rebuilds the rule set's rollup from its current facts (one statement, inside the caller's
 * transaction).
 */
export async function refreshRollup(client: PoolClient, ruleSet: string): Promise<void> {
  await client.query('delete from coverage_rollup where rule_set = $1', [ruleSet]);
  await client.query(
    `insert into coverage_rollup (rule_set, division, industry_section, kind, category, ${COUNT_NAMES.join(', ')})
     select $1, ${GROUP}, ${COUNT_COLUMNS}
       from coverage_fact where rule_set = $1 and valid_to is null
      group by ${GROUP}`,
    [ruleSet],
  );
}

/**
 * Moves the rule set's rollup along with the facts a chunk changed, inside the chunk's transaction:
 * the counts of the facts it closed come off their groups, those of the facts it opened go on, and
 * groups left without an organization disappear — the same rows a rebuild would give, at the cost
 * of the chunk's facts rather than the province's.
 */
export async function adjustRollup(
  client: PoolClient,
  ruleSet: string,
  closedFactIds: string[],
  openedFactIds: string[],
): Promise<void> {
  if (closedFactIds.length === 0 && openedFactIds.length === 0) return;
  // Parallel chunks share groups. Each locks its groups' rows in one order — the existing ones
  // first, then the new ones as it inserts them, sorted too — so two chunks never wait for each
  // other in a cycle.
  const touched = `(r.division, r.industry_section, r.kind, r.category) in (select ${GROUP} from coverage_fact where id = any($2::bigint[]))`;
  await client.query(
    `select 1 from coverage_rollup r where r.rule_set = $1 and ${touched}
      order by r.division, r.industry_section, r.kind, r.category for update`,
    [ruleSet, [...closedFactIds, ...openedFactIds]],
  );
  if (closedFactIds.length > 0) {
    await client.query(
      `update coverage_rollup r set ${COUNT_NAMES.map((n) => `${n} = r.${n} - d.${n}`).join(', ')}
         from (select ${GROUP}, ${COUNT_COLUMNS} from coverage_fact where id = any($2::bigint[]) group by ${GROUP}) as d(division, industry_section, kind, category)
        where r.rule_set = $1 and (r.division, r.industry_section, r.kind, r.category) = (d.division, d.industry_section, d.kind, d.category)`,
      [ruleSet, closedFactIds],
    );
  }
  if (openedFactIds.length > 0) {
    await client.query(
      `insert into coverage_rollup (rule_set, division, industry_section, kind, category, ${COUNT_NAMES.join(', ')})
       select $1, ${GROUP}, ${COUNT_COLUMNS} from coverage_fact where id = any($2::bigint[]) group by ${GROUP} order by 2, 3, 4, 5
       on conflict (rule_set, division, industry_section, kind, category)
       do update set ${COUNT_NAMES.map((n) => `${n} = coverage_rollup.${n} + excluded.${n}`).join(', ')}`,
      [ruleSet, openedFactIds],
    );
  }
  if (closedFactIds.length > 0) {
    await client.query(
      `delete from coverage_rollup r where r.rule_set = $1 and r.organizations = 0 and r.not_yet_established = 0 and ${touched}`,
      [ruleSet, closedFactIds],
    );
  }
}

/**
 * Stamps the rule set's rollup as refreshed now (part of the data version answers are cached
 * under), with the digest of the rule set it was evaluated under.
 */
export async function markRollupRefreshed(
  client: PoolClient,
  ruleSet: string,
  digest: string,
): Promise<void> {
  await client.query(
    `insert into coverage_rollup_state (rule_set, refreshed_at, digest)
     values ($1, clock_timestamp(), $2)
     on conflict (rule_set) do update set refreshed_at = excluded.refreshed_at,
                                          digest = excluded.digest`,
    [ruleSet, digest],
  );
}

/** The digest each rule set's facts were last evaluated under (none for one never evaluated). */
export async function evaluatedDigests(
  client: Pick<PoolClient, 'query'>,
): Promise<Map<string, string | null>> {
  const rows = await client.query<{ rule_set: string; digest: string | null }>(
    'select rule_set, digest from coverage_rollup_state',
  );
  return new Map(rows.rows.map((row) => [row.rule_set, row.digest]));
}
