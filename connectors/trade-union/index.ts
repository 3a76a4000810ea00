import type { Batch } from '../../src/landing/batch';
import type { Connector, PullContext } from '../shared/connector';
import { HttpClient } from '../shared/http-client';
import { UnionRosterClient } from './client';
import { TradeUnionConfig } from './config';
import { rosterBatches } from './roster-batches';
import { UNIONS } from './streams';

/**
 * Trade union (总工会) roster: a full CSV snapshot, downloaded only when its ETag changed
 * (`If-None-Match`; a 304 yields nothing). The download lands in batches marked as one snapshot, so
 * unions no longer listed are marked absent; a full pull downloads unconditionally.
 */
export const tradeUnionConnector: Connector = {
  source: 'trade-union',
  streams: [UNIONS],
  async *pull(context: PullContext): AsyncIterable<Batch> {
    const config = TradeUnionConfig.parse({
      url: context.feed.url,
      token: context.feed.token,
      ...context.feed.options,
    });
    const http = new HttpClient(config.token, config.http);
    const client = new UnionRosterClient(http, config.url);
    const saved = context.full ? undefined : context.checkpoints[UNIONS]?.etag;
    try {
      const download = await client.fetchRoster(
        typeof saved === 'string' ? saved : undefined,
        context.signal,
      );
      if (download.notModified) return;
      try {
        yield* rosterBatches(download, config.batchSize);
      } finally {
        await download.file.dispose();
      }
    } finally {
      await http.close();
    }
  },
};
