import type { SourceId } from '../src/config/feed-sources';
import type { Connector } from './shared/connector';
import { civilAffairsConnector } from './civil-affairs';
import { federationConnector } from './federation';
import { marketRegulationConnector } from './market-regulation';
import { partyOrgConnector } from './party-org';
import { statisticsConnector } from './statistics';
import { taxConnector } from './tax';
import { tradeUnionConnector } from './trade-union';

/** Every connector the hub ships, by feed. A feed missing here cannot be synced yet. */
export const CONNECTORS: Partial<Record<SourceId, Connector>> = {
  'market-regulation': marketRegulationConnector,
  'civil-affairs': civilAffairsConnector,
  statistics: statisticsConnector,
  tax: taxConnector,
  federation: federationConnector,
  'party-org': partyOrgConnector,
  'trade-union': tradeUnionConnector,
};

export function connectorFor(source: SourceId): Connector {
  const connector = CONNECTORS[source];
  if (!connector) throw new Error(`no connector for the ${source} feed yet`);
  return connector;
}
