import type { PoolClient } from 'pg';
import { usccRepairCandidates } from '../identifiers';
import { normalizeOrganizationName } from '../names';
import {
  validReferenceUscc,
  type ReferenceLookups,
  type UnitReference,
} from './reference-resolution';

/**
 * Prefetches everything `resolveReference` may ask about a chunk's references, in up to three
 * queries: first the organizations holding their valid USCCs; then, only for the references those
 * left unresolved (most hold a valid code), organizations holding a repaired code, with their
 * names, and organizations by normalized name.
 */
export async function prefetchReferenceLookups(
  client: PoolClient,
  references: UnitReference[],
): Promise<ReferenceLookups> {
  const holders = await organizationsHolding(client, validUsccsOf(references));
  const candidates = new Set<string>();
  const nameKeys = new Set<string>();
  for (const reference of references) {
    const claim = reference.identifier;
    const uscc = validReferenceUscc(claim);
    if (uscc && holders.has(uscc)) continue;
    if (claim && !claim.valid)
      for (const candidate of usccRepairCandidates(claim.raw)) candidates.add(candidate.uscc);
    const key = normalizeOrganizationName(reference.name).key;
    if (key) nameKeys.add(key);
  }
  if (candidates.size > 0) {
    // A repaired code is evidence only when one of the organization's names agrees: these come
    // with every name its records use (the golden one, and the others' keys from its profile).
    const rows = await client.query<{ value: string; id: string; name: string; others: string[] }>(
      `select i.value, o.id, o.name, coalesce(p.profile->'formerNameKeys', '[]') as others
         from organization_identifier i join organization o on o.id = i.organization_id
         left join organization_profile p on p.organization_id = o.id
        where i.scheme = 'uscc' and i.value = any($1::text[])`,
      [[...candidates]],
    );
    for (const row of rows.rows)
      holders.set(row.value, { id: String(row.id), names: [row.name, ...row.others] });
  }
  const byName = new Map<string, string[]>();
  if (nameKeys.size > 0) {
    const keys = [...nameKeys];
    // The name keys of every name an organization's records use (see nameLookupKeys).
    const rows = await client.query<{ key: string; organization_id: string }>(
      'select substr(key, 3) as key, organization_id from blocking_key where key = any($1::text[])',
      [keys.map((key) => `n:${key}`)],
    );
    for (const row of rows.rows) {
      byName.set(row.key, [...(byName.get(row.key) ?? []), String(row.organization_id)]);
    }
  }
  return { byUscc: (uscc) => holders.get(uscc), byNameKey: (key) => byName.get(key) ?? [] };
}

/**
 * The organizations holding these references' valid USCCs, and nothing else: what
 * `resolveReference` needs to resolve a reference by its code alone (by name it then finds
 * nothing).
 */
export async function prefetchUsccLookups(
  client: PoolClient,
  references: UnitReference[],
): Promise<ReferenceLookups> {
  const holders = await organizationsHolding(client, validUsccsOf(references));
  return { byUscc: (uscc) => holders.get(uscc), byNameKey: () => [] };
}

function validUsccsOf(references: UnitReference[]): Set<string> {
  const usccs = new Set<string>();
  for (const { identifier } of references) {
    const uscc = validReferenceUscc(identifier);
    if (uscc) usccs.add(uscc);
  }
  return usccs;
}

async function organizationsHolding(
  client: PoolClient,
  usccs: Set<string>,
): Promise<Map<string, { id: string; names?: readonly string[] }>> {
  const holders = new Map<string, { id: string; names?: readonly string[] }>();
  if (usccs.size === 0) return holders;
  const rows = await client.query<{ value: string; organization_id: string }>(
    `select value, organization_id from organization_identifier
     where scheme = 'uscc' and value = any($1::text[])`,
    [[...usccs]],
  );
  for (const row of rows.rows) holders.set(row.value, { id: String(row.organization_id) });
  return holders;
}
