import type { Rng } from '../rng';
import type { World } from '../truth/build-organization';
import type { FeedShared, FeedWriter } from './feed-context';
import { MarketRegulationWriter } from './market-regulation';

/** All feed writers, in the order they see each chunk (registries first, rosters last). */
export function createFeedWriters(shared: FeedShared, rng: Rng, world: World): FeedWriter[] {
  void world;
  return [
    new MarketRegulationWriter(shared, rng.fork(1)),
  ];
}
