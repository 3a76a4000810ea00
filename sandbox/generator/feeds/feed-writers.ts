import type { Rng } from '../rng';
import type { World } from '../truth/build-organization';
import type { FeedShared, FeedWriter } from './feed-context';
import { MarketRegulationWriter } from './market-regulation';
import { CivilAffairsWriter } from './civil-affairs';
import { StatisticsWriter } from './statistics';
import { TaxWriter } from './tax';
import { FederationWriter } from './federation';
import { PartyOrgWriter } from './party-org';
import { TradeUnionWriter } from './trade-union';

/** All feed writers, in the order they see each chunk (registries first, rosters last). */
export function createFeedWriters(
  shared: FeedShared,
  rng: Rng,
  world: World,
  tmpDir: string,
): FeedWriter[] {
  return [
    new MarketRegulationWriter(shared, rng.fork(1)),
    new CivilAffairsWriter(shared, rng.fork(2)),
    new StatisticsWriter(shared, rng.fork(3), tmpDir),
    new TaxWriter(shared, rng.fork(4)),
    new FederationWriter(shared, rng.fork(5), world),
    new PartyOrgWriter(shared, rng.fork(6)),
    new TradeUnionWriter(shared, rng.fork(7), world.salt),
  ];
}
