import type { PoolClient } from 'pg';
import type { SourceId } from '../config/feed-sources';
import type { AttributeName } from './record-attributes';
import type { AttributeObservation } from './survivorship';

/** What the organizations' record links say, grouped by organization. */
export interface LinkedStatements {
  /** Every value the linked records state, with its provenance. */
  attributes: Map<string, AttributeObservation[]>;
  /** The feeds with a record linked to each organization. */
  sources: Map<string, Set<SourceId>>;
}

/**
 * Every value the organizations' linked records state, with its provenance, grouped by
 * organization (each link's `attributes` object unfolded here rather than in SQL).
 */
export async function statedAttributesOf(client: PoolClient, organizationIds: string[]): Promise<Map<string, AttributeObservation[]>> {
  return (await linkedStatementsOf(client, organizationIds)).attributes;
}

/** The stated attributes and the linked feeds of the organizations, from one read of their record links. */
export async function linkedStatementsOf(client: PoolClient, organizationIds: string[]): Promise<LinkedStatements> {
  const statements: LinkedStatements = { attributes: new Map(), sources: new Map() };
  if (organizationIds.length === 0) return statements;
  // One row per organization, its links folded into one JSON array: tens of thousands of rows cost the
  // driver more to parse one by one (and each timestamp through its date parser) than one array each.
  // A link from before links kept their record version (no source_record_id) names its feed but states nothing.
  const rows = await client.query<{ organization_id: string; links: Array<[SourceId, Record<string, unknown>, string | null, boolean]> }>(
    `select organization_id, json_agg(json_build_array(source, attributes, observed_at, source_record_id is not null) order by id) as links
       from record_link where organization_id = any($1::bigint[]) group by organization_id`,
    [organizationIds],
  );
  for (const row of rows.rows) {
    const id = String(row.organization_id);
    const sources = new Set<SourceId>();
    const list: AttributeObservation[] = [];
    for (const [source, attributes, observed, stated] of row.links) {
      sources.add(source);
      if (!stated) continue;
      const observedAt = new Date(observed!);
      for (const [name, value] of Object.entries(attributes)) list.push({ name: name as AttributeName, value, source, observedAt });
    }
    statements.sources.set(id, sources);
    // Only organizations with a stated link have attributes (the others' golden values are left alone).
    if (row.links.some(([, , , stated]) => stated)) statements.attributes.set(id, list);
  }
  return statements;
}
