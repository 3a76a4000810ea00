import type { PoolClient } from 'pg';
import type { SourceId } from '../config/feed-sources';
import type { AttributeName } from './record-attributes';
import type { AttributeObservation } from './survivorship';

/**
 * Every value the organizations' linked records state, with its provenance, grouped by
 * organization: one row per record link (its `attributes` object), unfolded here rather than in SQL.
 */
export async function statedAttributesOf(client: PoolClient, organizationIds: string[]): Promise<Map<string, AttributeObservation[]>> {
  const byOrganization = new Map<string, AttributeObservation[]>();
  if (organizationIds.length === 0) return byOrganization;
  const links = await client.query<{ organization_id: string; source: SourceId; attributes: Record<string, unknown>; observed_at: Date }>(
    `select organization_id, source, attributes, observed_at from record_link
      where organization_id = any($1::bigint[]) and source_record_id is not null`,
    [organizationIds],
  );
  for (const link of links.rows) {
    const id = String(link.organization_id);
    let list = byOrganization.get(id);
    if (!list) byOrganization.set(id, (list = []));
    for (const [name, value] of Object.entries(link.attributes)) {
      list.push({ name: name as AttributeName, value, source: link.source, observedAt: link.observed_at });
    }
  }
  return byOrganization;
}
