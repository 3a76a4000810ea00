import { z } from 'zod';
import { DEFAULT_HTTP_POLICY, HttpPolicySchema } from '../shared/http-client';
import { PAGES_AHEAD } from '../shared/page-window';

/**
 * Configuration of the Party organization roster feed (SPEC §6), from HUB_FEED_PARTY_ORG_* and the
 * feed's options.
 */
export const PartyOrgConfig = z.object({
  /** Base URL: the connector calls `${url}/party-orgs` and `${url}/member-distribution`. */
  url: z.string().url(),
  token: z.string().optional(),
  /** Re-read this much before the last `server_time`, so clock skew never loses an update. */
  overlapSeconds: z.number().int().min(0).default(300),
  http: HttpPolicySchema.default(DEFAULT_HTTP_POLICY),
  /**
   * Pages requested ahead of the one landing (the department builds them meanwhile); 0 asks one
   * page at a time.
   */
  pagesAhead: z.number().int().min(0).max(16).default(PAGES_AHEAD),
});

export type PartyOrgConfig = z.infer<typeof PartyOrgConfig>;
