import type { Pool, PoolClient } from 'pg';
import { divisionPrefix } from '../reference/divisions';
import { inTransaction } from '../storage/sql-pool';
import { regionBody } from './case-assignment';
import { CLOSED_STATES } from './case-states';

/** What the hub did to cases from the change feed. */
export interface FollowUpOutcome {
  founded: number;
  reopened: number;
  opened: number;
}

interface ChangeRow {
  id: string;
  organization_id: string;
  rule_set: string;
  rule: string;
  change: 'OPENED' | 'CLOSED';
  division: string | null;
  reason: unknown;
}

/**
 * The hub closes what the data proves: a gap the change feed shows CLOSED closes its case in work
 * as FOUNDED, with the change as evidence; a gap that reappears reopens its last closed case, or
 * opens one where an admin chose automatic cases for the rule and region. Reads the feed from
 * where it stopped last time (one follow-up at a time hub-wide: the cursor row is locked); only
 * the changes of organizations with cases, or of automatic rules, cost a statement.
 */
export async function followUpChanges(pool: Pool): Promise<FollowUpOutcome> {
  return inTransaction(pool, async (client) => {
    const cursor = await client.query<{ last: string }>(
      'select last_change_id::text as last from follow_up_cursor where id = 1 for update',
    );
    const last = cursor.rows[0]?.last ?? '0';
    const changes = (
      await client.query<ChangeRow>(
        `select ch.id::text, ch.organization_id::text, ch.rule_set, ch.rule, ch.change,
                ch.division, ch.reason
           from coverage_change ch
          where ch.id > $1 and ch.change in ('OPENED', 'CLOSED')
            and (exists (select 1 from follow_up_case c where c.organization_id = ch.organization_id
                                                          and c.rule = ch.rule)
                 or exists (select 1 from follow_up_auto_open a
                             where a.rule = ch.rule and ch.division like a.region || '%'))
          order by ch.id`,
        [last],
      )
    ).rows;
    const outcome: FollowUpOutcome = { founded: 0, reopened: 0, opened: 0 };
    for (const change of changes) {
      if (change.change === 'CLOSED') outcome.founded += await closeAsFounded(client, change);
      else {
        const reopened = await reopen(client, change);
        if (reopened === 'reopened') outcome.reopened++;
        else if (reopened === 'none' && (await autoOpen(client, change))) outcome.opened++;
      }
    }
    await client.query(
      `update follow_up_cursor set last_change_id =
         greatest(last_change_id, coalesce((select max(id) from coverage_change), 0)) where id = 1`,
    );
    return outcome;
  });
}

const WORKING_CASE = `organization_id = $1 and rule_set = $2 and rule = $3
  and state <> all('{${CLOSED_STATES.join(',')}}'::text[])`;

async function closeAsFounded(client: PoolClient, change: ChangeRow): Promise<number> {
  const { rows } = await client.query<{ id: string; old: string }>(
    `with working as (select id, state from follow_up_case where ${WORKING_CASE} for update)
     update follow_up_case c set state = 'FOUNDED', closed_at = now(), closed_by = 'hub',
            outcome = jsonb_build_object('confirmedBy', 'roster', 'changeId', $4::text,
                                         'evidence', $5::jsonb)
       from working w where c.id = w.id returning c.id::text, w.state as old`,
    [
      change.organization_id,
      change.rule_set,
      change.rule,
      change.id,
      JSON.stringify(change.reason),
    ],
  );
  for (const row of rows)
    await transition(client, row.id, row.old, 'FOUNDED', 'the change feed shows the gap closed');
  return rows.length;
}

async function reopen(
  client: PoolClient,
  change: ChangeRow,
): Promise<'in work' | 'reopened' | 'none'> {
  const working = await client.query(`select 1 from follow_up_case where ${WORKING_CASE}`, [
    change.organization_id,
    change.rule_set,
    change.rule,
  ]);
  if (working.rowCount) return 'in work';
  const { rows } = await client.query<{ id: string; old: string }>(
    `with latest as (select id, state from follow_up_case
                      where organization_id = $1 and rule_set = $2 and rule = $3
                      order by id desc limit 1 for update)
     update follow_up_case c set state = 'OPEN', closed_at = null, closed_by = null
       from latest l where c.id = l.id returning c.id::text, l.state as old`,
    [change.organization_id, change.rule_set, change.rule],
  );
  if (!rows[0]) return 'none';
  await transition(client, rows[0].id, rows[0].old, 'OPEN', 'the gap reappeared');
  return 'reopened';
}

async function autoOpen(client: PoolClient, change: ChangeRow): Promise<boolean> {
  const { rows } = await client.query<{ id: string }>(
    `insert into follow_up_case
       (organization_id, rule_set, rule, state, region, assignee, opened_by, opened_at)
     select $1, $2, $3, 'OPEN', $4, $5, 'hub', now()
      where exists (select 1 from follow_up_auto_open a where a.rule = $3 and $4 like a.region || '%')
     returning id::text`,
    [
      change.organization_id,
      change.rule_set,
      change.rule,
      change.division,
      regionBody(change.division, change.rule),
    ],
  );
  if (!rows[0]) return false;
  await transition(client, rows[0].id, null, 'OPEN', 'a new gap of an automatic rule');
  return true;
}

async function transition(
  client: PoolClient,
  caseId: string,
  from: string | null,
  to: string,
  note: string,
): Promise<void> {
  await client.query(
    `insert into follow_up_transition (case_id, from_state, to_state, at, by, note)
     values ($1, $2, $3, now(), 'hub', $4)`,
    [caseId, from, to, note],
  );
}

/** Chooses automatic cases for new gaps of a rule in a region (or stops them). */
export async function setAutoOpen(
  pool: Pool,
  rule: string,
  region: string,
  enabled: boolean,
  by: string,
): Promise<void> {
  const prefix = divisionPrefix(region);
  if (enabled)
    await pool.query(
      `insert into follow_up_auto_open (rule, region, created_by) values ($1, $2, $3)
       on conflict do nothing`,
      [rule, prefix, by],
    );
  else
    await pool.query('delete from follow_up_auto_open where rule = $1 and region = $2', [
      rule,
      prefix,
    ]);
}
