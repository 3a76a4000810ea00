import type { PoolClient } from 'pg';
import { blockingKeys, buildProfile, nameLookupKeys, type MatchProfile } from '../matching';
import type { GoldenValues } from './survivorship';
import { inIdOrder } from './coverage-dirty';

/**
 * Keeps the matcher's view of organizations current: a profile from the golden values, every name
 * and address its records use, and its identifiers; the blocking keys that make it findable, and
 * the name keys roster references find it by.
 */
export async function refreshProfiles(
  client: PoolClient,
  golden: Map<string, GoldenValues>,
  stated: { names: Map<string, string[]>; addresses: Map<string, string[]> },
): Promise<void> {
  const { names, addresses } = stated;
  const ids = [...golden.keys()];
  if (ids.length === 0) return;
  const identifiers = await client.query<{ organization_id: string; value: string }>(
    `select organization_id, value from organization_identifier
     where organization_id = any($1::bigint[]) and scheme in ('uscc', 'organization-code')`,
    [ids],
  );
  const codes = new Map<string, string[]>();
  for (const row of identifiers.rows)
    codes.set(String(row.organization_id), [
      ...(codes.get(String(row.organization_id)) ?? []),
      row.value,
    ]);
  const profiles: MatchProfile[] = ids.map((id) => {
    const g = golden.get(id)!;
    return buildProfile({
      id,
      name: text(g.name),
      formerNames: [...(names.get(id) ?? []), ...((g.formerNames as string[] | undefined) ?? [])],
      divisionCode: text(g.divisionCode),
      legalRepresentative: text(g.legalRepresentative),
      address: text(g.address),
      otherAddresses: addresses.get(id) ?? [],
      industryCode: text(g.industryCode),
      identifiers: codes.get(id) ?? [],
      kind: text(g.kind),
    });
  });
  // Only profiles that changed get new blocking keys: re-touching an organization is the common
  // case. A new profile (xmax 0: inserted, not updated) has no keys to replace — in a bulk load,
  // nearly all.
  const changed = await client.query<{ organization_id: string; replaced: boolean }>(
    `insert into organization_profile (organization_id, profile)
     select (t.profile->>'id')::bigint, t.profile from jsonb_array_elements($1::jsonb) as t(profile)
     on conflict (organization_id) do update set profile = excluded.profile
      where organization_profile.profile is distinct from excluded.profile
     returning organization_id, xmax <> 0 as replaced`,
    [JSON.stringify(profiles)],
  );
  if (changed.rows.length === 0) return;
  // Re-resolution looks at the neighbourhood of every changed profile (see reResolveFloating).
  await client.query(
    `insert into profile_dirty (organization_id) select unnest($1::bigint[]) on conflict
     do nothing`,
    [inIdOrder(changed.rows.map((r) => String(r.organization_id)))],
  );
  const profileOf = new Map(profiles.map((p) => [p.id, p]));
  const wanted = new Set<string>();
  for (const row of changed.rows) {
    const id = String(row.organization_id);
    const profile = profileOf.get(id)!;
    for (const key of [...blockingKeys(profile), ...nameLookupKeys(profile)]) {
      wanted.add(pairOf(key, id));
    }
  }
  // A replaced profile keeps most of its keys (an address is no key): only the difference is
  // written.
  const replaced = changed.rows.filter((r) => r.replaced).map((r) => String(r.organization_id));
  const existing = new Set(
    replaced.length === 0
      ? []
      : (
          await client.query<{ key: string; organization_id: string }>(
            `select key, organization_id from blocking_key
             where organization_id = any($1::bigint[])`,
            [replaced],
          )
        ).rows.map((r) => pairOf(r.key, String(r.organization_id))),
  );
  const stale = [...existing].filter((pair) => !wanted.has(pair)).map(unpair);
  const added = [...wanted].filter((pair) => !existing.has(pair)).map(unpair);
  if (stale.length > 0) {
    await client.query(
      `delete from blocking_key where (key, organization_id) in (select * from unnest($1::text[],
         $2::bigint[]))`,
      [stale.map(([key]) => key), stale.map(([, id]) => id)],
    );
  }
  if (added.length === 0) return;
  await client.query(
    `insert into blocking_key (key, organization_id) select * from unnest($1::text[], $2::bigint[])
     on conflict do nothing`,
    [added.map(([key]) => key), added.map(([, id]) => id)],
  );
}

const pairOf = (key: string, organizationId: string): string => `${organizationId}\u0000${key}`;

function unpair(pair: string): [key: string, organizationId: string] {
  const at = pair.indexOf('\u0000');
  return [pair.slice(at + 1), pair.slice(0, at)];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
