import { z } from 'zod';
import { DEFAULT_HTTP_POLICY, HttpPolicySchema } from '../shared/http-client';

/** Configuration of the Party organization roster feed (SPEC §6), from HUB_FEED_PARTY_ORG_* and the feed's options. */
export const PartyOrgConfig = z.object({
  /** Base URL: the connector calls `${url}/party-orgs` and `${url}/member-distribution`. */
  url: z.string().url(),
  token: z.string().optional(),
  /** Re-read this much before the last `server_time`, so clock skew never loses an update. */
  overlapSeconds: z.number().int().min(0).default(300),
  http: HttpPolicySchema.default(DEFAULT_HTTP_POLICY),
});

export type PartyOrgConfig = z.infer<typeof PartyOrgConfig>;
