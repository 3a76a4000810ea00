import { SOURCE_IDS, isSourceId } from '../../../../src/model/feeds';

/** The feeds in the hub's order (the catalog is plain data, safe in the browser bundle). */
export const FEED_IDS = SOURCE_IDS;

/** The feed asked for in the address, when it is one; else the first. */
export function feedOrFirst(asked: string | undefined): string {
  return asked && isSourceId(asked) ? asked : SOURCE_IDS[0];
}
