import type { Pool, PoolClient } from 'pg';
import { drainWithCursor, takeQueuedOrganizations } from '../storage/cursor-drain';
import { inTransaction } from '../storage/sql-pool';
import type { AttributeName } from '../model/attributes';
import { inIdOrder, markCoverageDirty } from './coverage-dirty';
import { refreshProfiles } from './organization-profiles';
import { statedAttributesOf } from './stated-attributes';
import { GOLDEN_TARGETS, assignedValue, unnestTargets } from './golden-columns';
import { surviveAttributes } from './survivorship';

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
  await client.query(GOLDEN_UPDATE, [
    ids,
    ...GOLDEN_TARGETS.map((target) => golden.map((g) => target.value(g))),
  ]);
}

const GOLDEN_UPDATE = `update organization o
    set ${GOLDEN_TARGETS.map((t) => `${t.column} = ${assignedValue(t)}`).join(', ')},
      updated_at = now()
   from unnest($1::bigint[], ${unnestTargets(GOLDEN_TARGETS, 2)})
        as t(id, ${GOLDEN_TARGETS.map((t) => t.column).join(', ')})
  where o.id = t.id
    and (${GOLDEN_TARGETS.map((t) => `o.${t.column}`).join(', ')})
        is distinct from (${GOLDEN_TARGETS.map(assignedValue).join(', ')})`;

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
