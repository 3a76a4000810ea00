import type { PoolClient } from 'pg';
import { blockingKeys, buildProfile, type MatchProfile } from '../matching';
import type { GoldenValues } from './survivorship';

/**
 * Keeps the matcher's view of organizations current: a profile from the golden values, every name
 * its records use, and its identifiers; and the blocking keys that make it findable.
 */
export async function refreshProfiles(client: PoolClient, golden: Map<string, GoldenValues>, names: Map<string, string[]>): Promise<void> {
  const ids = [...golden.keys()];
  if (ids.length === 0) return;
  const identifiers = await client.query<{ organization_id: string; value: string }>(
    `select organization_id, value from organization_identifier where organization_id = any($1::bigint[]) and scheme in ('uscc', 'organization-code')`,
    [ids],
  );
  const codes = new Map<string, string[]>();
  for (const row of identifiers.rows) codes.set(String(row.organization_id), [...(codes.get(String(row.organization_id)) ?? []), row.value]);
  const profiles: MatchProfile[] = ids.map((id) => {
    const g = golden.get(id)!;
    return buildProfile({
      id, name: text(g.name), formerNames: [...(names.get(id) ?? []), ...((g.formerNames as string[] | undefined) ?? [])],
      divisionCode: text(g.divisionCode), legalRepresentative: text(g.legalRepresentative), address: text(g.address),
      industryCode: text(g.industryCode), identifiers: codes.get(id) ?? [], kind: text(g.kind),
    });
  });
  // Only profiles that changed get new blocking keys: re-touching an organization is the common case.
  // A new profile (xmax 0: inserted, not updated) has no keys to replace — in a bulk load, nearly all.
  const changed = await client.query<{ organization_id: string; replaced: boolean }>(
    `insert into organization_profile (organization_id, profile)
     select (t.profile->>'id')::bigint, t.profile from jsonb_array_elements($1::jsonb) as t(profile)
     on conflict (organization_id) do update set profile = excluded.profile
      where organization_profile.profile is distinct from excluded.profile
     returning organization_id, xmax <> 0 as replaced`,
    [JSON.stringify(profiles)],
  );
  const changedIds = new Set(changed.rows.map((r) => String(r.organization_id)));
  if (changedIds.size === 0) return;
  const replaced = changed.rows.filter((r) => r.replaced).map((r) => String(r.organization_id));
  if (replaced.length > 0) await client.query('delete from blocking_key where organization_id = any($1::bigint[])', [replaced]);
  const keys = profiles.filter((p) => changedIds.has(p.id)).flatMap((p) => blockingKeys(p).map((key) => [key, p.id] as const));
  await client.query(
    `insert into blocking_key (key, organization_id) select * from unnest($1::text[], $2::bigint[]) on conflict do nothing`,
    [keys.map(([key]) => key), keys.map(([, id]) => id)],
  );
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
