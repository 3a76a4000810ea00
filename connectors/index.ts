import type { SourceId } from '../src/config/feed-sources';
import type { Connector } from './shared/connector';
import { marketRegulationConnector } from './market-regulation';

/** Every connector the hub ships, by feed. A feed missing here cannot be synced yet. */
export const CONNECTORS: Partial<Record<SourceId, Connector>> = {
  'market-regulation': marketRegulationConnector,
};

export function connectorFor(source: SourceId): Connector {
  const connector = CONNECTORS[source];
  if (!connector) throw new Error(`no connector for the ${source} feed yet`);
  return connector;
}
