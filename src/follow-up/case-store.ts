import type { Pool, PoolClient } from 'pg';
import { RULE_FLAGS, GAP_FLAGS } from '../model/rule-flags';
import { SOURCE_IDS } from '../model/feeds';
import { divisionPrefix } from '../reference/divisions';
import { inTransaction } from '../storage/sql-pool';
import { planAssignment, regionBody, type AssignmentAsked } from './case-assignment';
import {
  CLOSED_STATES,
  checkTransition,
  isClosed,
  TransitionError,
  type FollowUpState,
  type Transition,
} from './case-states';

/** A case as stored. */
export interface CaseRow {
  id: string;
  organization_id: string;
  rule_set: string;
  rule: string;
  state: FollowUpState;
  region: string | null;
  assignee: string | null;
  due: string | null;
  outcome: Record<string, unknown> | null;
  opened_by: string;
  opened_at: Date;
  closed_at: Date | null;
  closed_by: string | null;
  overdue: boolean;
  unconfirmed: boolean;
}

export interface TransitionRow {
  case_id: string;
  from_state: string | null;
  to_state: string;
  at: Date;
  by: string;
  note: string | null;
}

/** Days a person's FOUNDED waits for a roster to confirm it before it is flagged. */
const CONFIRM_DAYS = Number(process.env.HUB_FOLLOW_UP_CONFIRM_DAYS ?? 30);

/** The case's gap in the current facts (by its rule's column). */
const GAP_NOW = `exists (select 1 from coverage_fact f
   where f.organization_id = follow_up_case.organization_id and f.rule_set = follow_up_case.rule_set
     and f.valid_to is null and case follow_up_case.rule
       ${GAP_FLAGS.map((g) => `when '${RULE_FLAGS[g].gap}' then f.${RULE_FLAGS[g].column}`).join(' ')}
       else false end)`;

const CASE = `id::text, organization_id::text, rule_set, rule, state, region, assignee,
  due::text, outcome, opened_by, opened_at, closed_at, closed_by,
  coalesce(due < current_date and closed_at is null, false) as overdue,
  (state = 'FOUNDED' and outcome->>'confirmedBy' = 'person'
   and closed_at < now() - interval '${CONFIRM_DAYS} days' and ${GAP_NOW}) as unconfirmed`;

/** The coverage_fact column of a GapRule. */
function gapColumn(rule: string): string {
  const flag = GAP_FLAGS.find((f) => RULE_FLAGS[f].gap === rule);
  if (!flag) throw new TransitionError(`unknown rule ${rule}`);
  return RULE_FLAGS[flag].column;
}

async function record(
  client: PoolClient,
  caseId: string,
  from: string | null,
  to: string,
  by: string,
  note: string | null,
): Promise<void> {
  await client.query(
    `insert into follow_up_transition (case_id, from_state, to_state, at, by, note)
     values ($1, $2, $3, now(), $4, $5)`,
    [caseId, from, to, by, note],
  );
}

/** Opens a case on an organization's current gap; refuses when there is no such gap. */
export async function openCase(
  pool: Pool,
  input: {
    organizationId: string;
    ruleSet: string;
    rule: string;
    assignee?: string | null;
    due?: string | null;
    by: string;
  },
): Promise<CaseRow> {
  const column = gapColumn(input.rule);
  return inTransaction(pool, async (client) => {
    const fact = await client.query<{ division: string | null; gap: boolean }>(
      `select division, ${column} as gap from coverage_fact
        where organization_id = $1 and rule_set = $2 and valid_to is null`,
      [input.organizationId, input.ruleSet],
    );
    if (!fact.rows[0]?.gap)
      throw new TransitionError(
        `organization ${input.organizationId} has no open ${input.rule} gap`,
      );
    const working = await client.query<{ id: string }>(
      `select id::text from follow_up_case where organization_id = $1 and rule_set = $2
          and rule = $3 and state <> all($4::text[])`,
      [input.organizationId, input.ruleSet, input.rule, CLOSED_STATES],
    );
    if (working.rows[0])
      throw new TransitionError(`the gap already has a case in work: ${working.rows[0].id}`);
    const { rows } = await client.query<CaseRow>(
      `insert into follow_up_case (organization_id, rule_set, rule, state, region, assignee, due,
                                   opened_by, opened_at)
       values ($1, $2, $3, 'OPEN', $4, $5, $6, $7, now()) returning ${CASE}`,
      [
        input.organizationId,
        input.ruleSet,
        input.rule,
        fact.rows[0].division,
        input.assignee?.trim() || regionBody(fact.rows[0].division, input.rule),
        input.due ?? null,
        input.by,
      ],
    );
    await record(client, rows[0].id, null, 'OPEN', input.by, null);
    return rows[0];
  });
}

/** The case, locked until the transaction ends; TransitionError when there is none. */
async function lockCase(client: PoolClient, id: string): Promise<CaseRow> {
  const found = await client.query<CaseRow>(
    `select ${CASE} from follow_up_case where id = $1 for update`,
    [id],
  );
  if (!found.rows[0]) throw new TransitionError(`no follow-up case ${id}`);
  return found.rows[0];
}

/** Moves a case (checked by `checkTransition`); throws TransitionError for one that makes no sense. */
export async function advanceCase(
  pool: Pool,
  id: string,
  transition: Transition,
  by: string,
): Promise<CaseRow> {
  if (!/^\d{1,18}$/.test(id)) throw new TransitionError(`no follow-up case ${id}`);
  return inTransaction(pool, async (client) => {
    const current = await lockCase(client, id);
    checkTransition(current.state, transition, SOURCE_IDS);
    const outcome =
      transition.to === 'NOT_APPLICABLE'
        ? { reason: transition.reason }
        : transition.to === 'DATA_ERROR'
          ? { department: transition.department, correction: transition.correction?.trim() }
          : transition.to === 'FOUNDED'
            ? { confirmedBy: 'person' }
            : transition.to === 'OPEN'
              ? null
              : current.outcome;
    const closing = isClosed(transition.to);
    const { rows } = await client.query<CaseRow>(
      `update follow_up_case set state = $2, outcome = $3,
              closed_at = case when $4 then now() else null end,
              closed_by = case when $4 then $5 else null end
        where id = $1 returning ${CASE}`,
      [id, transition.to, outcome ? JSON.stringify(outcome) : null, closing, by],
    );
    await record(client, id, current.state, transition.to, by, transition.note?.trim() || null);
    return rows[0];
  });
}

/**
 * Re-assigns and/or re-dates a case in work (checked by `planAssignment`); the change is kept in
 * its history as a row that keeps the state (from = to), its note saying what changed.
 */
export async function assignCase(
  pool: Pool,
  id: string,
  asked: AssignmentAsked,
  by: string,
): Promise<CaseRow> {
  if (!/^\d{1,18}$/.test(id)) throw new TransitionError(`no follow-up case ${id}`);
  return inTransaction(pool, async (client) => {
    const current = await lockCase(client, id);
    const plan = planAssignment(current.state, current, asked);
    const { rows } = await client.query<CaseRow>(
      `update follow_up_case set assignee = $2, due = $3::date where id = $1 returning ${CASE}`,
      [id, plan.assignee, plan.due],
    );
    await record(client, id, current.state, current.state, by, plan.note);
    return rows[0];
  });
}

export async function casesByIds(pool: Pool, ids: string[]): Promise<CaseRow[]> {
  return (
    await pool.query<CaseRow>(`select ${CASE} from follow_up_case where id = any($1::bigint[])`, [
      ids,
    ])
  ).rows;
}

export async function casesOfOrganization(pool: Pool, organizationId: string): Promise<CaseRow[]> {
  return (
    await pool.query<CaseRow>(
      `select ${CASE} from follow_up_case where organization_id = $1 order by id desc`,
      [organizationId],
    )
  ).rows;
}

export async function historyOf(pool: Pool, caseIds: string[]): Promise<TransitionRow[]> {
  return (
    await pool.query<TransitionRow>(
      `select case_id::text, from_state, to_state, at, by, note from follow_up_transition
        where case_id = any($1::bigint[]) order by case_id, at, id`,
      [caseIds],
    )
  ).rows;
}

export interface CaseFilter {
  states?: string[];
  rule?: string;
  region?: string;
  assignee?: string;
  overdue?: boolean;
  organizationId?: string;
}

/** The filter as SQL conditions and their parameters (the region included). */
function caseWhere(filter: CaseFilter): { where: string[]; params: unknown[] } {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (condition: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(condition(params.length));
  };
  if (filter.states?.length) add((n) => `state = any($${n}::text[])`, filter.states);
  if (filter.rule) add((n) => `rule = $${n}`, filter.rule);
  if (filter.region) add((n) => `region like $${n}`, `${divisionPrefix(filter.region)}%`);
  if (filter.assignee) add((n) => `assignee = $${n}`, filter.assignee);
  if (filter.overdue)
    add((n) => `due < current_date and state <> all($${n}::text[])`, CLOSED_STATES);
  if (filter.organizationId) {
    if (!/^\d{1,18}$/.test(filter.organizationId))
      throw new TransitionError(`"organizationId" is not an id: ${filter.organizationId}`);
    add((n) => `organization_id = $${n}`, filter.organizationId);
  }
  return { where, params };
}

/** Cases newest first, keyset on id, filtered where the SQL is built (the region included). */
export async function casePage(
  pool: Pool,
  filter: CaseFilter,
  beforeId: string | undefined,
  limit: number,
): Promise<CaseRow[]> {
  const { where, params } = caseWhere(filter);
  if (beforeId) {
    params.push(beforeId);
    where.push(`id < $${params.length}`);
  }
  params.push(limit);
  return (
    await pool.query<CaseRow>(
      `select ${CASE} from follow_up_case ${where.length ? `where ${where.join(' and ')}` : ''}
        order by id desc limit $${params.length}`,
      params,
    )
  ).rows;
}

/** How many cases the filter selects (the region included). */
export async function caseCount(pool: Pool, filter: CaseFilter): Promise<number> {
  const { where, params } = caseWhere(filter);
  const { rows } = await pool.query<{ n: number }>(
    `select count(*)::int as n from follow_up_case
      ${where.length ? `where ${where.join(' and ')}` : ''}`,
    params,
  );
  return rows[0].n;
}
