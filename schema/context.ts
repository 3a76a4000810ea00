import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { FeedConfig } from '../src/config/hub-config';
import type { SourceId } from '../src/config/feed-sources';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets: a request-scoped EntityManager fork and per-request dataloaders. */
export interface HubContext {
  em: EntityManager;
  pool: Pool;
  feeds: Record<SourceId, FeedConfig>;
  loaders: Loaders;
}

export interface ContextDependencies {
  em: EntityManager;
  pool: Pool;
  feeds: Record<SourceId, FeedConfig>;
}

/** One fork of the EntityManager and fresh loaders per request: no state leaks between requests. */
export function createContext(deps: ContextDependencies): HubContext {
  const em = deps.em.fork();
  return { em, pool: deps.pool, feeds: deps.feeds, loaders: createLoaders(em) };
}
