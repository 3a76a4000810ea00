import type { PoolClient } from 'pg';
import type { CoverageFacts } from '../coverage/coverage-facts';
import { adjustRollup } from './refresh-rollup';

/** What changed in the stored facts. */
export interface FactWrites {
  inserted: number;
  changed: number;
  unchanged: number;
  closed: number;
}

const COLUMNS = [
  'organization_id',
  'rule_set',
  'facts',
  'flag_reasons',
  'kind',
  'category',
  'active',
  'in_scope',
  'out_of_scope_reason',
  'division',
  'city',
  'street',
  'park',
  'building',
  'industry_code',
  'industry_section',
  'employees',
  'employees_source',
  'employees_unknown',
  'party_members',
  'party_coverage',
  'union_coverage',
  'p1_required',
  'p1_met',
  'p1_gap',
  'u1_required',
  'u1_met',
  'u1_gap',
  'k1_target',
  'k1_party_gap',
  'k1_union_gap',
  'm1',
  'm2',
  'c1_gap',
  'j1_party',
  'j1_union',
] as const;
const TYPES = [
  'bigint',
  'text',
  'jsonb',
  'jsonb',
  'text',
  'text',
  'boolean',
  'boolean',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'int',
  'text',
  'boolean',
  'int',
  'text',
  'text',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
  'boolean',
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
        'select organization_id from coverage_fact where rule_set = $1 and valid_to is null and organization_id = any($2::bigint[])',
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
            `select t.o as organization_id from jsonb_to_recordset($2::jsonb) as t(o bigint, f jsonb)
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
        `update coverage_fact set valid_to = now() where rule_set = $1 and valid_to is null and organization_id = any($2::bigint[]) returning id`,
        [ruleSet, closing],
      )
    ).rows.map((r) => r.id);
  }
  let opened: string[] = [];
  if (writes.length > 0) {
    // One JSON parameter (see jsonb_to_recordset): the driver would escape arrays of JSON texts
    // element by element.
    const rows = writes.map((e) =>
      Object.fromEntries(rowOf(ruleSet, e).map((value, i) => [COLUMNS[i], value])),
    );
    opened = (
      await client.query<{ id: string }>(
        `insert into coverage_fact (${COLUMNS.join(', ')}, valid_from)
       select *, now() from jsonb_to_recordset($1::jsonb) as t(${COLUMNS.map((c, i) => `${c} ${TYPES[i]}`).join(', ')}) returning id`,
        [JSON.stringify(rows)],
      )
    ).rows.map((r) => r.id);
  }
  await adjustRollup(client, ruleSet, closed, opened);
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
    f.flags.P1_required,
    f.flags.P1_met,
    f.flags.P1_gap,
    f.flags.U1_required,
    f.flags.U1_met,
    f.flags.U1_gap,
    f.flags.K1_target,
    f.flags.K1_party_gap,
    f.flags.K1_union_gap,
    f.flags.M1,
    f.flags.M2,
    f.flags.C1_gap,
    f.flags.J1_party_candidate,
    f.flags.J1_union_candidate,
  ];
}
