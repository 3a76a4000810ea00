import { z } from 'zod';
import { DEFAULT_HTTP_POLICY, HttpPolicySchema } from '../shared/http-client';

/**
 * Configuration of the union roster feed (SPEC §7), from HUB_FEED_TRADE_UNION_* and the feed's
 * options.
 */
export const TradeUnionConfig = z.object({
  /** Base URL: the connector downloads `${url}/unions.csv`. */
  url: z.string().url(),
  token: z.string().optional(),
  /** Rows (landed or quarantined) per batch, i.e. per landing transaction. */
  batchSize: z.number().int().min(1).max(1000).default(1000),
  http: HttpPolicySchema.default(DEFAULT_HTTP_POLICY),
});

export type TradeUnionConfig = z.infer<typeof TradeUnionConfig>;
