import { z } from 'zod';
import { DEFAULT_HTTP_POLICY, HttpPolicySchema } from '../shared/http-client';

/** Configuration of the tax feed (SPEC §4), from HUB_FEED_TAX_* and the feed's options. */
export const TaxConfig = z.object({
  /** Base URL: the connector calls `${url}/periods` and `${url}/taxpayers`. */
  url: z.string().url(),
  token: z.string().optional(),
  http: HttpPolicySchema.default(DEFAULT_HTTP_POLICY),
});

export type TaxConfig = z.infer<typeof TaxConfig>;
