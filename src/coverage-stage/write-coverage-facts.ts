import type { PoolClient } from 'pg';
import type { CoverageFacts } from '../coverage/coverage-facts';
import { COVERAGE_FLAGS, RULE_FLAGS } from '../model/rule-flags';
import { recordCoverageChanges } from './record-coverage-changes';
import { adjustRollup } from './refresh-rollup';

/** What changed in the stored facts. */
export interface FactWrites {
  inserted: number;
  changed: number;
  unchanged: number;
  closed: number;
}

/** The columns of a coverage_fact row beside its flags, with their SQL types. */
const FACT_COLUMNS = [
  ['organization_id', 'bigint'],
  ['rule_set', 'text'],
  ['facts', 'jsonb'],
  ['flag_reasons', 'jsonb'],
  ['kind', 'text'],
  ['category', 'text'],
  ['active', 'boolean'],
  ['in_scope', 'boolean'],
  ['out_of_scope_reason', 'text'],
  ['division', 'text'],
  ['city', 'text'],
  ['street', 'text'],
  ['park', 'text'],
  ['building', 'text'],
  ['industry_code', 'text'],
  ['industry_section', 'text'],
  ['employees', 'int'],
  ['employees_source', 'text'],
  ['employees_unknown', 'boolean'],
  ['party_members', 'int'],
  ['party_coverage', 'text'],
  ['union_coverage', 'text'],
] as const;

/** Every written column: those above, then one boolean per rule flag of the catalog. */
const COLUMNS: ReadonlyArray<readonly [name: string, type: string]> = [
  ...FACT_COLUMNS,
  ...COVERAGE_FLAGS.map((flag) => [RULE_FLAGS[flag].column, 'boolean'] as const),
];

export interface EvaluatedOrganization {
  facts: CoverageFacts;
  kind: string;
  park: string | null;
  building: string | null;
  industryCode: string | null;
}

/**
 * Stores evaluations with history: an organization whose evaluation is unchanged keeps its row; a
 * changed one gets its current row closed (`valid_to`) and a new one opened at the same instant, so
 * a question asked as of any time sees exactly one row per organization. The evaluation date itself
 * (`asOf`) is not a change. The rule set's rollup moves with the facts, in the same transaction.
 */
export async function writeCoverageFacts(
  client: PoolClient,
  ruleSet: string,
  evaluated: EvaluatedOrganization[],
  gone: string[],
): Promise<FactWrites> {
  const ids = evaluated.map((e) => e.facts.organizationId);
  const current = new Set(
    (
      await client.query<{ organization_id: string }>(
        `select organization_id from coverage_fact where rule_set = $1 and valid_to is null
                and organization_id = any($2::bigint[])`,
        [ruleSet, ids],
      )
    ).rows.map((r) => String(r.organization_id)),
  );
  // A first evaluation (every one of a bulk load) is written without comparing. The others are
  // compared by PostgreSQL, as jsonb (key order and the evaluation date aside): reading the stored
  // facts back to compare them here cost more than evaluating them.
  const again = evaluated.filter((e) => current.has(e.facts.organizationId));
  const changed =
    again.length === 0
      ? []
      : (
          await client.query<{ organization_id: string }>(
            `select t.o as organization_id
             from jsonb_to_recordset($2::jsonb) as t(o bigint, f jsonb)
       join coverage_fact f on f.rule_set = $1 and f.valid_to is null and f.organization_id = t.o
      where (f.facts - 'asOf') <> (t.f - 'asOf')`,
            [
              ruleSet,
              JSON.stringify(again.map((e) => ({ o: e.facts.organizationId, f: e.facts }))),
            ],
          )
        ).rows.map((r) => String(r.organization_id));
  const changedSet = new Set(changed);
  const writes = evaluated.filter(
    (e) => !current.has(e.facts.organizationId) || changedSet.has(e.facts.organizationId),
  );
  const closing = [...changed, ...gone];
  let closed: string[] = [];
  if (closing.length > 0) {
    closed = (
      await client.query<{ id: string }>(
        `update coverage_fact set valid_to = now() where rule_set = $1 and valid_to is null
           and organization_id = any($2::bigint[]) returning id`,
        [ruleSet, closing],
      )
    ).rows.map((r) => r.id);
  }
  let opened: string[] = [];
  if (writes.length > 0) {
    // One JSON parameter (see jsonb_to_recordset): the driver would escape arrays of JSON texts
    // element by element.
    const rows = writes.map((e) =>
      Object.fromEntries(rowOf(ruleSet, e).map((value, i) => [COLUMNS[i][0], value])),
    );
    opened = (
      await client.query<{ id: string }>(
        `insert into coverage_fact (${COLUMNS.map(([name]) => name).join(', ')}, valid_from)
         select *, now() from jsonb_to_recordset($1::jsonb)
             as t(${COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})
         returning id`,
        [JSON.stringify(rows)],
      )
    ).rows.map((r) => r.id);
  }
  await adjustRollup(client, ruleSet, closed, opened);
  await recordCoverageChanges(client, closed, opened);
  return {
    inserted: writes.length - changed.length,
    changed: changed.length,
    unchanged: evaluated.length - writes.length,
    closed: gone.length,
  };
}

function rowOf(ruleSet: string, e: EvaluatedOrganization): unknown[] {
  const f = e.facts;
  return [
    f.organizationId,
    ruleSet,
    f,
    f.reasons.filter((r) => r.flag),
    e.kind,
    f.category,
    f.active,
    f.inScope,
    f.outOfScopeReason ?? null,
    f.region?.division ?? null,
    f.region?.city ?? null,
    f.street ?? null,
    e.park,
    e.building,
    e.industryCode,
    f.industrySection,
    f.employees?.value ?? null,
    f.employees?.source ?? null,
    f.employeesUnknown,
    f.partyMembers,
    f.partyCoverage,
    f.unionCoverage,
    ...COVERAGE_FLAGS.map((flag) => f.flags[flag]),
  ];
}
