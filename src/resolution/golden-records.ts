import type { Pool, PoolClient } from 'pg';
import { drainWithCursor, takeQueuedOrganizations } from '../storage/cursor-drain';
import { inTransaction } from '../storage/sql-pool';
import { normalizeOrganizationName } from '../names';
import type { AttributeName } from './record-attributes';
import { inIdOrder, markCoverageDirty } from './coverage-dirty';
import { refreshProfiles } from './organization-profiles';
import { statedAttributesOf } from './stated-attributes';
import { surviveAttributes, type GoldenValues } from './survivorship';

/** Recomputes the golden values of the given organizations from their attributes (survivorship). */
export async function refreshGoldenRecords(
  client: PoolClient,
  organizationIds: string[],
): Promise<void> {
  if (organizationIds.length === 0) return;
  await markCoverageDirty(client, organizationIds);
  const byOrganization = await statedAttributesOf(client, organizationIds);
  const ids = [...byOrganization.keys()];
  const golden = ids.map((id) => surviveAttributes(byOrganization.get(id) ?? []));
  const stated = (id: string, attribute: AttributeName) => [
    ...new Set(
      (byOrganization.get(id) ?? [])
        .filter((o) => o.name === attribute)
        .map((o) => String(o.value)),
    ),
  ];
  const names = new Map(ids.map((id) => [id, stated(id, 'name')]));
  const addresses = new Map(ids.map((id) => [id, stated(id, 'address')]));
  await refreshProfiles(client, new Map(ids.map((id, i) => [id, golden[i]])), {
    names,
    addresses,
  });
  const text = (g: GoldenValues, name: AttributeName) =>
    g[name] === undefined ? null : String(g[name]);
  await client.query(
    `update organization o set name = coalesce(t.name, o.name), name_key = coalesce(t.name_key, o.name_key),
            kind = coalesce(t.kind, o.kind), status = t.status,
            active = coalesce(t.active, true), division_code = t.division, industry_code = t.industry,
            employees = t.employees, updated_at = now()
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::int[], $9::text[])
            as t(id, name, kind, status, active, division, industry, employees, name_key)
      where o.id = t.id
        and (o.name, o.name_key, o.kind, o.status, o.active, o.division_code, o.industry_code, o.employees)
            is distinct from (coalesce(t.name, o.name), coalesce(t.name_key, o.name_key), coalesce(t.kind, o.kind), t.status,
                              coalesce(t.active, true), t.division, t.industry, t.employees)`,
    [
      ids,
      golden.map((g) => text(g, 'name')),
      golden.map((g) => text(g, 'kind')),
      golden.map((g) => text(g, 'status')),
      golden.map((g) => (g.active === undefined ? null : Boolean(g.active))),
      golden.map((g) => text(g, 'divisionCode')),
      golden.map((g) => text(g, 'industryCode')),
      golden.map((g) => (typeof g.employees === 'number' ? g.employees : null)),
      golden.map((g) =>
        typeof g.name === 'string' ? normalizeOrganizationName(g.name).key || null : null,
      ),
    ],
  );
}

/**
 * Leaves these organizations' golden values for `refreshDeferredGoldenRecords` (inside the caller's
 * transaction).
 */
export async function deferGoldenRecords(
  client: PoolClient,
  organizationIds: string[],
): Promise<void> {
  const ids = inIdOrder(organizationIds);
  if (ids.length === 0) return;
  await client.query(
    'insert into golden_dirty (organization_id) select unnest($1::bigint[]) on conflict do nothing',
    [ids],
  );
}

/**
 * Recomputes every deferred organization once, a batch per transaction (see `drainWithCursor`).
 * Returns how many.
 */
export async function refreshDeferredGoldenRecords(pool: Pool, batchSize: number): Promise<number> {
  let total = 0;
  await drainWithCursor((after) =>
    inTransaction(pool, async (client) => {
      const { ids, last } = await takeQueuedOrganizations(client, 'golden_dirty', after, batchSize);
      await refreshGoldenRecords(client, ids);
      total += ids.length;
      return last;
    }),
  );
  return total;
}
