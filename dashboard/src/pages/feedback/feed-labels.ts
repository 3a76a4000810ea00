import { FEEDS, SOURCE_IDS, isSourceId } from '../../../../src/model/feeds';

/** The feeds in the hub's order (the catalog is plain data, safe in the browser bundle). */
export const FEED_IDS = SOURCE_IDS;

/** A feed as its department's clerks name it (in Chinese), else its id (in English). */
export function feedLabel(source: string, language: string): string {
  if (language === 'en' || !isSourceId(source)) return source;
  return FEEDS[source].label;
}

/** The feed asked for in the address, when it is one; else the first. */
export function feedOrFirst(asked: string | undefined): string {
  return asked && isSourceId(asked) ? asked : SOURCE_IDS[0];
}
