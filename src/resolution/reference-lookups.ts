import type { PoolClient } from 'pg';
import { usccRepairCandidates } from '../identifiers';
import { normalizeOrganizationName } from '../names';
import type { ReferenceLookups, UnitReference } from './reference-resolution';

/**
 * Prefetches, in two queries, everything `resolveReference` may ask about a chunk's references:
 * organizations holding their valid or repaired USCCs, and organizations by normalized name.
 */
export async function prefetchReferenceLookups(client: PoolClient, references: UnitReference[]): Promise<ReferenceLookups> {
  const usccs = new Set<string>();
  const nameKeys = new Set<string>();
  for (const reference of references) {
    const claim = reference.identifier;
    if (claim?.valid && claim.normalized && claim.scheme === 'uscc') usccs.add(claim.normalized);
    if (claim && !claim.valid) for (const candidate of usccRepairCandidates(claim.raw)) usccs.add(candidate.uscc);
    const key = normalizeOrganizationName(reference.name).key;
    if (key) nameKeys.add(key);
  }
  const byUscc = new Map<string, { id: string; name: string }>();
  if (usccs.size > 0) {
    const rows = await client.query<{ value: string; id: string; name: string }>(
      `select i.value, o.id, o.name from organization_identifier i join organization o on o.id = i.organization_id
        where i.scheme = 'uscc' and i.value = any($1::text[])`,
      [[...usccs]],
    );
    for (const row of rows.rows) byUscc.set(row.value, { id: row.id, name: row.name });
  }
  const byName = new Map<string, string[]>();
  if (nameKeys.size > 0) {
    const rows = await client.query<{ name_key: string; id: string }>(
      'select name_key, id from organization where name_key = any($1::text[])', [[...nameKeys]],
    );
    for (const row of rows.rows) byName.set(row.name_key, [...(byName.get(row.name_key) ?? []), row.id]);
  }
  return { byUscc: (uscc) => byUscc.get(uscc), byNameKey: (key) => byName.get(key) ?? [] };
}
