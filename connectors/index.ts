import type { SourceId } from '../src/model/feeds';
import type { Connector } from './shared/connector';
import { civilAffairsConnector } from './civil-affairs';
import { federationConnector } from './federation';
import { marketRegulationConnector } from './market-regulation';
import { partyOrgConnector } from './party-org';
import { statisticsConnector } from './statistics';
import { taxConnector } from './tax';
import { tradeUnionConnector } from './trade-union';

/** Every feed's connector: a feed of the catalog without one does not compile. */
export const CONNECTORS: Record<SourceId, Connector> = {
  'market-regulation': marketRegulationConnector,
  'civil-affairs': civilAffairsConnector,
  statistics: statisticsConnector,
  tax: taxConnector,
  federation: federationConnector,
  'party-org': partyOrgConnector,
  'trade-union': tradeUnionConnector,
};

export function connectorFor(source: SourceId): Connector {
  return CONNECTORS[source];
}
