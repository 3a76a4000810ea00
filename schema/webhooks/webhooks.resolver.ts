import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { parseRegion } from '../../src/access/api-keys';
import {
  CHANGE_EVENTS,
  createSubscription,
  deactivateSubscription,
  deliveryPage,
  listSubscriptions,
  resetForReplay,
  type DeliveryRow,
  type SubscriptionRow,
} from '../../src/webhooks/webhook-store';
import type { HubContext } from '../context';
import { ruleSetOrError } from '../coverage/coverage.resolver';
import { GapRule } from '../coverage/gap.type';
import { badInput, decodeCursor, encodeCursor, pageInfoOf, pageSize } from '../pagination/relay';
import {
  CreatedWebhookSubscription,
  WebhookDeliveryConnection,
  WebhookDeliveryView,
  WebhookSubscriptionView,
} from './webhook.type';

const subscriptionView = (s: SubscriptionRow): WebhookSubscriptionView => ({
  id: s.id,
  url: s.url,
  events: s.events,
  rule: s.rule,
  region: s.region,
  ruleSet: s.rule_set,
  active: s.active,
  createdBy: s.created_by,
  createdAt: s.created_at,
});

const deliveryView = (d: DeliveryRow): WebhookDeliveryView => ({
  id: d.id,
  subscriptionId: d.subscription_id,
  changeId: d.change_id,
  idempotencyKey: `${d.subscription_id}:${d.change_id}`,
  status: d.status,
  attempts: d.attempts,
  lastStatus: d.last_status,
  lastError: d.last_error,
  createdAt: d.created_at,
  deliveredAt: d.delivered_at,
});

/** Webhooks for portals: subscriptions to the change feed and their delivery log (admins). */
@Resolver()
export class WebhooksResolver {
  @Authorized('webhooks:manage')
  @Query(() => [WebhookSubscriptionView])
  async webhookSubscriptions(@Ctx() { pool }: HubContext): Promise<WebhookSubscriptionView[]> {
    return (await listSubscriptions(pool)).map(subscriptionView);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => CreatedWebhookSubscription, {
    description:
      'Posts every later change (of these kinds, rule and region) to the URL, signed with the ' +
      'secret (X-Hub-Signature-256: sha256=HMAC(secret, "<X-Hub-Timestamp>.<body>")).',
  })
  async createWebhookSubscription(
    @Ctx() { pool, actor }: HubContext,
    @Arg('url') url: string,
    @Arg('events', () => [String], { nullable: true, description: 'Default: all four kinds.' })
    events?: string[],
    @Arg('rule', () => GapRule, { nullable: true }) rule?: GapRule,
    @Arg('region', () => String, { nullable: true }) region?: string,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
    @Arg('secret', () => String, { nullable: true, description: 'Default: a random one.' })
    secret?: string,
  ): Promise<CreatedWebhookSubscription> {
    if (!/^https?:\/\/\S+$/.test(url)) throw badInput(`"url" must be an http(s) URL, got ${url}`);
    const kinds = events ?? [...CHANGE_EVENTS];
    const unknown = kinds.find((k) => !(CHANGE_EVENTS as readonly string[]).includes(k));
    if (unknown) throw badInput(`unknown event "${unknown}": one of ${CHANGE_EVENTS.join(', ')}`);
    if (secret !== undefined && secret !== null && secret.length < 16)
      throw badInput('"secret" needs at least 16 characters');
    let scope: string | null;
    try {
      scope = parseRegion(region);
    } catch (error) {
      throw badInput((error as Error).message);
    }
    const made = await createSubscription(pool, {
      url,
      events: kinds,
      rule,
      region: scope,
      ruleSet: ruleSetOrError(ruleSet ?? 'shaanxi-2021').id,
      secret,
      createdBy: actor,
    });
    return { subscription: subscriptionView(made.subscription), secret: made.secret };
  }

  @Authorized('webhooks:manage')
  @Mutation(() => Boolean, { description: 'Stops a subscription; its delivery log stays.' })
  deleteWebhookSubscription(
    @Ctx() { pool }: HubContext,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    return deactivateSubscription(pool, id);
  }

  @Authorized('webhooks:manage')
  @Query(() => WebhookDeliveryConnection, { description: 'The delivery log, newest first.' })
  async webhookDeliveries(
    @Ctx() { pool }: HubContext,
    @Arg('subscriptionId', () => ID, { nullable: true }) subscriptionId?: string,
    @Arg('status', () => String, { nullable: true }) status?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<WebhookDeliveryConnection> {
    if (subscriptionId && !/^\d{1,18}$/.test(subscriptionId))
      throw badInput('"subscriptionId" is not a subscription id');
    const limit = pageSize(first);
    const before = decodeCursor('delivery', after);
    if (before !== undefined && !/^\d+$/.test(before))
      throw badInput('"after" is not a cursor of this list');
    const rows = await deliveryPage(pool, subscriptionId, status, before, limit + 1);
    const edges = rows
      .slice(0, limit)
      .map((row) => ({ cursor: encodeCursor('delivery', row.id), node: deliveryView(row) }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  }

  @Authorized('webhooks:manage')
  @Mutation(() => Boolean, {
    description: 'Posts a delivery again (same idempotency key), whatever its status.',
  })
  async replayWebhookDelivery(
    @Ctx() { pool, webhooks }: HubContext,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    if (!webhooks) throw badInput('replays need the API to reach Redis (REDIS_URL)');
    if (!(await resetForReplay(pool, id))) return false;
    await webhooks.enqueue([id], Date.now());
    return true;
  }
}
