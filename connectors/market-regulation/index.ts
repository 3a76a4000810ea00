import type { Batch } from '../../src/landing/batch';
import { isRejection } from '../../src/landing/batch';
import type { Connector, PullContext } from '../shared/connector';
import { HttpClient } from '../shared/http-client';
import { MarketRegulationConfig } from './config';
import { CursorExpiredError, EnterpriseClient } from './client';
import { mapEnterprise } from './mapping';
import { ENTERPRISES, type EnterprisePage } from './streams';

/** Checkpoint of the enterprises stream: a finished window, or a window in progress. */
interface EnterprisesCheckpoint {
  /** Where the next window starts (last window's first `server_time` minus the overlap). */
  updatedSince?: string;
  /** A window in progress: its `updated_since`, next cursor and first `server_time`. */
  window?: { updatedSince?: string; cursor: string; serverTime: string };
}

/**
 * Market regulation (市场监管) enterprise registry: incremental by `updated_since`, cursor-paged.
 * Each page is one batch; its checkpoint lets a crashed pull resume at the next page.
 */
export const marketRegulationConnector: Connector = {
  source: 'market-regulation',
  streams: [ENTERPRISES],
  async *pull(context: PullContext): AsyncIterable<Batch> {
    const config = MarketRegulationConfig.parse({
      url: context.feed.url,
      token: context.feed.token,
      ...context.feed.options,
    });
    const http = new HttpClient(config.token, config.http);
    const client = new EnterpriseClient(http, config.url);
    const saved = (
      context.full ? {} : (context.checkpoints[ENTERPRISES] ?? {})
    ) as EnterprisesCheckpoint;
    const updatedSince = saved.window ? saved.window.updatedSince : saved.updatedSince;
    let cursor = saved.window?.cursor;
    let serverTime = saved.window?.serverTime;
    // The next page, requested while this one lands (its cursor is known once this page arrived).
    let ahead: Promise<EnterprisePage> | undefined;
    try {
      for (;;) {
        const request = { updatedSince, cursor, limit: config.pageSize };
        let page;
        try {
          const requested = ahead ?? client.fetchPage(request, context.signal);
          ahead = undefined;
          page = await requested;
        } catch (error) {
          if (!(error instanceof CursorExpiredError) || cursor === undefined) throw error;
          cursor = undefined; // the cursor outlived its 24 h: restart the same window
          serverTime = undefined;
          continue;
        }
        serverTime ??= page.server_time;
        const origin = client.pageUrl(request);
        const mapped = page.data.map((raw, index) => mapEnterprise(raw, String(index)));
        const checkpoint: EnterprisesCheckpoint = page.next_cursor
          ? {
              updatedSince: saved.updatedSince,
              window: { updatedSince, cursor: page.next_cursor, serverTime },
            }
          : {
              updatedSince: new Date(
                Date.parse(serverTime) - config.overlapSeconds * 1000,
              ).toISOString(),
            };
        if (page.next_cursor && config.pageAhead) {
          ahead = client.fetchPage(
            { updatedSince, cursor: page.next_cursor, limit: config.pageSize },
            context.signal,
          );
          // Awaited on the next turn, or never (the pull stopped early): a failure must not go
          // unhandled meanwhile.
          ahead.catch(() => undefined);
        }
        yield {
          stream: ENTERPRISES,
          origin,
          records: mapped.filter((m) => !isRejection(m)),
          rejections: mapped.filter(isRejection),
          checkpoint: checkpoint as Record<string, unknown>,
        } as Batch;
        if (!page.next_cursor) return;
        cursor = page.next_cursor;
      }
    } finally {
      await http.close();
    }
  },
};
