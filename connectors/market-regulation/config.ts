import { z } from 'zod';
import { DEFAULT_HTTP_POLICY, HttpPolicySchema } from '../shared/http-client';

/** Configuration of the market-regulation feed (SPEC §1), from HUB_FEED_MARKET_REGULATION_*. */
export const MarketRegulationConfig = z.object({
  /** Base URL: the connector calls `${url}/enterprises`. */
  url: z.string().url(),
  token: z.string().optional(),
  /** Records per page (the API allows 1..1000). */
  pageSize: z.number().int().min(1).max(1000).default(500),
  /** Re-read this much before the last `server_time`, so clock skew never loses an update. */
  overlapSeconds: z.number().int().min(0).default(300),
  /** Request the next page while the current one lands (the department builds it meanwhile). */
  pageAhead: z.boolean().default(true),
  http: HttpPolicySchema.default(DEFAULT_HTTP_POLICY),
});

export type MarketRegulationConfig = z.infer<typeof MarketRegulationConfig>;
