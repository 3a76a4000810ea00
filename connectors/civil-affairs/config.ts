import { DropFeedConfig } from '../shared/drop-inbox';

/**
 * Configuration of the civil-affairs feed (SPEC §2): the inbox from HUB_FEED_CIVIL_AFFAIRS_INBOX,
 * `batchSize` and `stableMs` from the feed's options. Nothing beyond what every drop feed takes.
 */
export const CivilAffairsConfig = DropFeedConfig;

export type CivilAffairsConfig = DropFeedConfig;
