import { z } from 'zod';
import { DEFAULT_HTTP_POLICY, HttpPolicySchema } from '../shared/http-client';
import { PAGES_AHEAD } from '../shared/page-window';

/** Configuration of the tax feed (SPEC §4), from HUB_FEED_TAX_* and the feed's options. */
export const TaxConfig = z.object({
  /** Base URL: the connector calls `${url}/periods` and `${url}/taxpayers`. */
  url: z.string().url(),
  token: z.string().optional(),
  http: HttpPolicySchema.default(DEFAULT_HTTP_POLICY),
  /**
   * Pages requested ahead of the one landing (the department builds them meanwhile); 0 asks one
   * page at a time.
   */
  pagesAhead: z.number().int().min(0).max(16).default(PAGES_AHEAD),
});

export type TaxConfig = z.infer<typeof TaxConfig>;
