import { DropFeedConfig } from '../shared/drop-inbox';

/**
 * Configuration of the statistics feed (SPEC §3): the inbox from HUB_FEED_STATISTICS_INBOX,
 * `batchSize` and `stableMs` from the feed's options. Nothing beyond what every drop feed takes.
 */
export const StatisticsConfig = DropFeedConfig;

export type StatisticsConfig = DropFeedConfig;
