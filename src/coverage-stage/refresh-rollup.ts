import type { PoolClient } from 'pg';
import { COVERAGE_FLAGS, RULE_FLAGS, type CoverageFlag } from '../model/rule-flags';

/**
 * The counts of POLICY's summary as SQL aggregates over coverage facts, matching
 * `countCoverage` (src/coverage/summarize-coverage.ts) one for one. `where` selects the facts
 * (current ones, or those valid at an instant).
 */
/** Counts beside the rule flags': scope, data gaps and coverage forms, as SQL aggregates. */
const SCOPE_COUNTS = [
  ['organizations', `out_of_scope_reason is distinct from 'NOT_YET_ESTABLISHED'`],
  ['not_yet_established', `out_of_scope_reason = 'NOT_YET_ESTABLISHED'`],
  ['in_scope', 'in_scope'],
  ['out_of_scope', `not in_scope and out_of_scope_reason is distinct from 'NOT_YET_ESTABLISHED'`],
  ['inactive', `out_of_scope_reason = 'INACTIVE'`],
  ['public_economic', `out_of_scope_reason = 'PUBLIC_ECONOMIC'`],
  ['employees_unknown', 'in_scope and employees_unknown'],
] as const;
const COVERAGE_FORM_COUNTS = [
  ['party_covered', `in_scope and party_coverage not in ('NONE', 'WORK_ONLY')`],
  ['party_work_only', `in_scope and party_coverage = 'WORK_ONLY'`],
  ['union_covered', `in_scope and union_coverage <> 'NONE'`],
  [
    'dual_covered',
    `in_scope and party_coverage not in ('NONE', 'WORK_ONLY') and union_coverage <> 'NONE'`,
  ],
] as const;

/** A counter of the rollup. */
export type CountName =
  | (typeof SCOPE_COUNTS)[number][0]
  | (typeof RULE_FLAGS)[CoverageFlag]['counter']
  | (typeof COVERAGE_FORM_COUNTS)[number][0];

/** Every counter of the rollup with its condition: one per rule flag of the catalog among them. */
const COUNTS: ReadonlyArray<readonly [counter: CountName, condition: string]> = [
  ...SCOPE_COUNTS,
  ...COVERAGE_FLAGS.map(
    (flag) => [RULE_FLAGS[flag].counter, `in_scope and ${RULE_FLAGS[flag].column}`] as const,
  ),
  ...COVERAGE_FORM_COUNTS,
];

/**
 * The counts of POLICY's summary as SQL aggregates over coverage facts, matching
 * `countCoverage` (src/coverage/summarize-coverage.ts) one for one.
 */
export const COUNT_COLUMNS = COUNTS.map(
  ([counter, condition]) => `count(*) filter (where ${condition})::int as ${counter}`,
).join(',\n  ');

/** The rollup's counters, in the order of COUNT_COLUMNS. */
export const COUNT_NAMES: readonly CountName[] = COUNTS.map(([counter]) => counter);

const GROUP = `coalesce(division, ''), coalesce(industry_section, ''), kind, category`;

/**
 * Rebuilds the rule set's rollup from its current facts (one statement, inside the caller's
 * transaction).
 */
export async function refreshRollup(client: PoolClient, ruleSet: string): Promise<void> {
  await client.query('delete from coverage_rollup where rule_set = $1', [ruleSet]);
  await client.query(
    `insert into coverage_rollup (rule_set, division, industry_section, kind, category,
       ${COUNT_NAMES.join(', ')})
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
  const touched = `(r.division, r.industry_section, r.kind, r.category) in (select ${GROUP}
                     from coverage_fact where id = any($2::bigint[]))`;
  await client.query(
    `select 1 from coverage_rollup r where r.rule_set = $1 and ${touched}
      order by r.division, r.industry_section, r.kind, r.category for update`,
    [ruleSet, [...closedFactIds, ...openedFactIds]],
  );
  if (closedFactIds.length > 0) {
    await client.query(
      `update coverage_rollup r set ${COUNT_NAMES.map((n) => `${n} = r.${n} - d.${n}`).join(', ')}
         from (select ${GROUP}, ${COUNT_COLUMNS} from coverage_fact where id = any($2::bigint[])
           group by ${GROUP}) as d(division, industry_section, kind, category)
        where r.rule_set = $1 and (r.division, r.industry_section, r.kind,
          r.category) = (d.division, d.industry_section, d.kind, d.category)`,
      [ruleSet, closedFactIds],
    );
  }
  if (openedFactIds.length > 0) {
    await client.query(
      `insert into coverage_rollup (rule_set, division, industry_section, kind, category,
         ${COUNT_NAMES.join(', ')})
       select $1, ${GROUP}, ${COUNT_COLUMNS} from coverage_fact where id = any($2::bigint[])
       group by ${GROUP} order by 2, 3, 4, 5
       on conflict (rule_set, division, industry_section, kind, category)
       do update set
         ${COUNT_NAMES.map((n) => `${n} = coverage_rollup.${n} + excluded.${n}`).join(', ')}`,
      [ruleSet, openedFactIds],
    );
  }
  if (closedFactIds.length > 0) {
    await client.query(
      `delete from coverage_rollup r where r.rule_set = $1 and r.organizations = 0
         and r.not_yet_established = 0 and ${touched}`,
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
