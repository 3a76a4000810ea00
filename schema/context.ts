import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { Identity } from '../src/access/identity';
import type { WebhookOutbox } from '../jobs/webhook-outbox';
import type { FeedConfig } from '../src/config/hub-config';
import type { SourceId } from '../src/model/feeds';
import { createLoaders, type Loaders } from './loaders';
import type { CacheRequestState } from './server/response-cache';

/** What every resolver gets: a request-scoped EntityManager fork and per-request dataloaders. */
export interface HubContext {
  em: EntityManager;
  pool: Pool;
  feeds: Record<SourceId, FeedConfig>;
  loaders: Loaders;
  /** Who is asking: role, region and how they proved it. */
  identity: Identity;
  /** The identity as recorded in the audit of every change (with the `x-hub-actor` person). */
  actor: string;
  /** Forgets cached key lookups, so that a key revoked here stops working at once. */
  forgetKeys?: () => void;
  /** Queues webhook deliveries again (replays), when the API has Redis. */
  webhooks?: WebhookOutbox;
  /**
   * What the response cache learnt about this request (shared by Apollo's shallow copies of the
   * context).
   */
  responseCache?: CacheRequestState;
}

export interface ContextDependencies {
  em: EntityManager;
  pool: Pool;
  feeds: Record<SourceId, FeedConfig>;
  forgetKeys?: () => void;
  webhooks?: WebhookOutbox;
}

/** One fork of the EntityManager and fresh loaders per request: no state leaks between requests. */
export function createContext(
  deps: ContextDependencies,
  identity: Identity,
  actor: string,
): HubContext {
  return {
    identity,
    em: deps.em.fork(),
    pool: deps.pool,
    feeds: deps.feeds,
    loaders: createLoaders(deps.pool),
    actor,
    forgetKeys: deps.forgetKeys,
    webhooks: deps.webhooks,
  };
}
