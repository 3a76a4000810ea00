import { DropFeedConfig } from '../shared/drop-inbox';

/**
 * Configuration of the federation feed (SPEC §5): the inbox from HUB_FEED_FEDERATION_INBOX,
 * `batchSize` and `stableMs` from the feed's options. Nothing beyond what every drop feed takes.
 */
export const FederationConfig = DropFeedConfig;

export type FederationConfig = DropFeedConfig;
