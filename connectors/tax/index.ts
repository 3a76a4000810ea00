import { z } from 'zod';
import type { Batch } from '../../src/landing/batch';
import { isRejection } from '../../src/landing/batch';
import type { Connector, PullContext } from '../shared/connector';
import { HttpClient } from '../shared/http-client';
import { pagesInOrder } from '../shared/page-window';
import { TaxpayerClient } from './client';
import { TaxConfig } from './config';
import { mapTaxpayer } from './mapping';
import { Period, TAXPAYERS } from './streams';

/**
 * Checkpoint of the taxpayers stream: the periods landed whole, and the period in progress with
 * its last landed page. An unreadable checkpoint counts as none (re-reading is idempotent).
 */
const TaxpayersCheckpoint = z.object({
  done: z.array(Period).default([]),
  current: z.object({ period: Period, page: z.number().int().min(1) }).optional(),
});

type TaxpayersCheckpoint = z.infer<typeof TaxpayersCheckpoint>;

/**
 * Tax (税务) taxpayer registry: one XML export per month, paged. An incremental pull reads the
 * published periods not landed yet, oldest first, resuming a period in progress at its next page;
 * a full pull re-reads every period. Each page is one batch with the checkpoint that follows it.
 */
export const taxConnector: Connector = {
  source: 'tax',
  streams: [TAXPAYERS],
  async *pull(context: PullContext): AsyncIterable<Batch> {
    const config = TaxConfig.parse({
      url: context.feed.url,
      token: context.feed.token,
      ...context.feed.options,
    });
    const http = new HttpClient(config.token, config.http);
    const client = new TaxpayerClient(http, config.url);
    const saved = TaxpayersCheckpoint.safeParse(
      context.full ? {} : (context.checkpoints[TAXPAYERS] ?? {}),
    );
    const { done: doneBefore, current } = saved.success
      ? saved.data
      : TaxpayersCheckpoint.parse({});
    const done = new Set(doneBefore);
    try {
      for (const period of await client.fetchPeriods(context.signal)) {
        if (done.has(period)) continue;
        const first = current?.period === period ? current.page + 1 : 1;
        const pages = pagesInOrder(
          first,
          (page) => client.fetchPage(period, page, context.signal),
          config.pagesAhead,
        );
        for await (const { page, result: exportPage } of pages) {
          const mapped = exportPage.taxpayers.map((raw, index) =>
            mapTaxpayer(raw, String(index), period),
          );
          const last = page >= exportPage.pages;
          if (last) done.add(period);
          const checkpoint: TaxpayersCheckpoint = last
            ? { done: [...done].sort() }
            : { done: [...done].sort(), current: { period, page } };
          yield {
            stream: TAXPAYERS,
            origin: client.pageUrl(period, page),
            records: mapped.filter((m) => !isRejection(m)),
            rejections: mapped.filter(isRejection),
            checkpoint,
          } as Batch;
        }
      }
    } finally {
      await http.close();
    }
  },
};
