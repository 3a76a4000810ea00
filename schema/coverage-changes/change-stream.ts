import type { Pool } from 'pg';
import type { CoverageChangeView } from './coverage-change.type';
import { changePage, type ChangeQuery } from './coverage-changes-query';

/** How often a subscription looks for new changes (HUB_SUBSCRIPTION_POLL_MS). */
const POLL_MS = Number(process.env.HUB_SUBSCRIPTION_POLL_MS ?? 1000);

/**
 * The change feed as a stream for one subscriber: the changes recorded from now on (or from
 * `since`), read along the same keyset as `coverageChanges` every POLL_MS, so a socket and a
 * portal paging the feed see the same events. Ends when the subscriber leaves.
 */
export async function* changeStream(
  pool: Pool,
  query: Omit<ChangeQuery, 'since'> & { since?: Date },
  signal?: AbortSignal,
): AsyncGenerator<CoverageChangeView> {
  const since = query.since ?? new Date();
  let after: string | undefined;
  while (!signal?.aborted) {
    const page = await changePage(pool, { ...query, since }, 100, after);
    for (const edge of page.rows) {
      after = edge.cursor;
      yield edge.node;
    }
    if (!page.hasNextPage) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
