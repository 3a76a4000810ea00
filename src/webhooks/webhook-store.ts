import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { divisionPrefix } from '../reference/divisions';

export const CHANGE_EVENTS = ['OPENED', 'CLOSED', 'THRESHOLD_REACHED', 'THRESHOLD_LEFT'] as const;

export interface SubscriptionRow {
  id: string;
  url: string;
  events: string[];
  rule: string | null;
  region: string | null;
  rule_set: string;
  active: boolean;
  created_by: string;
  created_at: Date;
}

export interface DeliveryRow {
  id: string;
  subscription_id: string;
  change_id: string;
  status: string;
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

const SUBSCRIPTION =
  'id::text, url, events, rule, region, rule_set, active, created_by, created_at';
const DELIVERY = `id::text, subscription_id::text, change_id::text, status, attempts, last_status,
  last_error, created_at, delivered_at`;

/** Registers a subscription from the next change on; returns it with its secret. */
export async function createSubscription(
  pool: Pool,
  input: {
    url: string;
    events: string[];
    rule?: string | null;
    region?: string | null;
    ruleSet: string;
    secret?: string | null;
    createdBy: string;
  },
): Promise<{ subscription: SubscriptionRow; secret: string }> {
  const secret = input.secret || randomBytes(24).toString('base64url');
  const { rows } = await pool.query<SubscriptionRow>(
    `insert into webhook_subscription
       (url, events, rule, region, rule_set, secret, last_change_id, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, coalesce((select max(id) from coverage_change), 0), $7, now())
     returning ${SUBSCRIPTION}`,
    [
      input.url,
      input.events,
      input.rule ?? null,
      input.region ?? null,
      input.ruleSet,
      secret,
      input.createdBy,
    ],
  );
  return { subscription: rows[0], secret };
}

export async function listSubscriptions(pool: Pool): Promise<SubscriptionRow[]> {
  return (
    await pool.query<SubscriptionRow>(
      `select ${SUBSCRIPTION} from webhook_subscription order by id`,
    )
  ).rows;
}

/** Stops a subscription (its delivery log stays); false when there is no such active one. */
export async function deactivateSubscription(pool: Pool, id: string): Promise<boolean> {
  if (!/^\d{1,18}$/.test(id)) return false;
  const { rowCount } = await pool.query(
    'update webhook_subscription set active = false where id = $1 and active',
    [id],
  );
  return (rowCount ?? 0) > 0;
}

/**
 * Turns the changes recorded since each active subscription's last fan-out into its pending
 * deliveries, once each (unique per subscription and change), and moves the subscriptions on.
 * Returns the new deliveries' ids. Safe to run concurrently: the subscriptions are locked.
 */
export async function fanOutChanges(pool: Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const subscriptions = (
      await client.query<SubscriptionRow & { last_change_id: string }>(
        `select ${SUBSCRIPTION}, last_change_id::text from webhook_subscription
          where active for update skip locked`,
      )
    ).rows;
    const created: string[] = [];
    for (const s of subscriptions) {
      const { rows } = await client.query<{ id: string; change_id: string }>(
        `insert into webhook_delivery (subscription_id, change_id, status, attempts, created_at)
         select $1, c.id, 'pending', 0, now() from coverage_change c
          where c.id > $2 and c.rule_set = $3 and c.change = any($4::text[])
            and ($5::text is null or c.rule = $5) and ($6::text is null or c.division like $6)
          order by c.id
         on conflict do nothing returning id::text, change_id::text`,
        [
          s.id,
          s.last_change_id,
          s.rule_set,
          s.events,
          s.rule,
          s.region ? `${divisionPrefix(s.region)}%` : null,
        ],
      );
      created.push(...rows.map((r) => r.id));
      await client.query(
        `update webhook_subscription
            set last_change_id = greatest(last_change_id,
                                          coalesce((select max(id) from coverage_change), 0))
          where id = $1`,
        [s.id],
      );
    }
    await client.query('commit');
    return created;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** What one delivery posts, with where and the secret to sign it with. */
export interface DeliveryPayload {
  url: string;
  secret: string;
  status: string;
  idempotencyKey: string;
  body: Record<string, unknown>;
}

export async function deliveryPayload(pool: Pool, id: string): Promise<DeliveryPayload | null> {
  const { rows } = await pool.query<{
    url: string;
    secret: string;
    status: string;
    subscription_id: string;
    change_id: string;
    rule: string;
    change: string;
    at: Date;
    reason: unknown;
    organization_id: string;
    uscc: string | null;
    name: string | null;
    division_code: string | null;
    rule_set: string;
  }>(
    `select s.url, s.secret, d.status, d.subscription_id::text, d.change_id::text, c.rule, c.change,
            c.at, c.reason, c.rule_set, coalesce(o.id, c.organization_id)::text as organization_id,
            o.uscc, o.name, o.division_code
       from webhook_delivery d
       join webhook_subscription s on s.id = d.subscription_id
       join coverage_change c on c.id = d.change_id
       left join organization o on o.id = coalesce(
         (select a.organization_id from organization_alias a
           where a.retired_id = c.organization_id),
         c.organization_id)
      where d.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  const idempotencyKey = `${r.subscription_id}:${r.change_id}`;
  return {
    url: r.url,
    secret: r.secret,
    status: r.status,
    idempotencyKey,
    body: {
      id: idempotencyKey,
      event: 'coverage.change',
      change: r.change,
      rule: r.rule,
      ruleSet: r.rule_set,
      at: r.at.toISOString(),
      organization: {
        id: r.organization_id,
        uscc: r.uscc,
        name: r.name,
        division: r.division_code,
      },
      reason: r.reason,
    },
  };
}

/** Records one attempt: delivered, or the status / error it met (failed once retries are spent). */
export async function recordAttempt(
  pool: Pool,
  id: string,
  outcome: { delivered: boolean; status: number | null; error: string | null; final: boolean },
): Promise<void> {
  await pool.query(
    `update webhook_delivery
        set attempts = attempts + 1, last_status = $2, last_error = $3,
            status = case when $4 then 'delivered' when $5 then 'failed' else 'pending' end,
            delivered_at = case when $4 then now() else delivered_at end
      where id = $1`,
    [id, outcome.status, outcome.error, outcome.delivered, outcome.final],
  );
}

/** Sets a delivery pending again for a replay; false when there is none. */
export async function resetForReplay(pool: Pool, id: string): Promise<boolean> {
  if (!/^\d{1,18}$/.test(id)) return false;
  const { rowCount } = await pool.query(
    `update webhook_delivery set status = 'pending' where id = $1`,
    [id],
  );
  return (rowCount ?? 0) > 0;
}

export async function deliveryPage(
  pool: Pool,
  subscriptionId: string | undefined,
  status: string | undefined,
  beforeId: string | undefined,
  limit: number,
): Promise<DeliveryRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  for (const [column, value] of [
    ['subscription_id', subscriptionId],
    ['status', status],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  if (beforeId !== undefined) {
    params.push(beforeId);
    where.push(`id < $${params.length}`);
  }
  params.push(limit);
  return (
    await pool.query<DeliveryRow>(
      `select ${DELIVERY}
       from webhook_delivery ${where.length ? `where ${where.join(' and ')}` : ''}
        order by id desc limit $${params.length}`,
      params,
    )
  ).rows;
}
