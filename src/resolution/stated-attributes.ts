import type { PoolClient } from 'pg';
import type { SourceId } from '../model/feeds';
import type { AttributeName } from '../model/attributes';
import type { AttributeObservation } from './survivorship';

/** What the organizations' record links say, grouped by organization. */
export interface LinkedStatements {
  /** Every value the linked records state, with its provenance. */
  attributes: Map<string, AttributeObservation[]>;
  /** The feeds with a record linked to each organization. */
  sources: Map<string, SourceId[]>;
}

/**
 * Every value the organizations' linked records state, with its provenance, grouped by
 * organization: one row per record link (its `attributes` object), unfolded here rather than in
 * SQL.
 */
export async function statedAttributesOf(
  client: PoolClient,
  organizationIds: string[],
): Promise<Map<string, AttributeObservation[]>> {
  return (await readLinks(client, organizationIds, false)).attributes;
}

/**
 * The stated attributes and the linked feeds of the organizations, from one read of their record
 * links.
 */
export function linkedStatementsOf(
  client: PoolClient,
  organizationIds: string[],
): Promise<LinkedStatements> {
  return readLinks(client, organizationIds, true);
}

async function readLinks(
  client: PoolClient,
  organizationIds: string[],
  withSources: boolean,
): Promise<LinkedStatements> {
  const statements: LinkedStatements = { attributes: new Map(), sources: new Map() };
  if (organizationIds.length === 0) return statements;
  // A link from before links kept their record version (no source_record_id) names its feed but
  // states nothing. Only when the feeds are wanted are such links read (a column more costs the
  // driver on every row).
  const links = await client.query<{
    organization_id: string;
    source: SourceId;
    attributes: Record<string, unknown>;
    observed_at: Date;
    stated?: boolean;
  }>(
    withSources
      ? `select organization_id, source, attributes, observed_at,
                source_record_id is not null as stated
           from record_link where organization_id = any($1::bigint[])`
      : `select organization_id, source, attributes, observed_at from record_link
          where organization_id = any($1::bigint[]) and source_record_id is not null`,
    [organizationIds],
  );
  for (const link of links.rows) {
    const id = String(link.organization_id);
    if (withSources) {
      const sources = statements.sources.get(id);
      if (!sources) statements.sources.set(id, [link.source]);
      else if (!sources.includes(link.source)) sources.push(link.source);
    }
    if (link.stated === false) continue;
    // Only organizations with a stated link have attributes (the others' golden values are left
    // alone).
    let list = statements.attributes.get(id);
    if (!list) statements.attributes.set(id, (list = []));
    for (const [name, value] of Object.entries(link.attributes)) {
      list.push({
        name: name as AttributeName,
        value,
        source: link.source,
        observedAt: link.observed_at,
      });
    }
  }
  return statements;
}
