import type { PoolClient } from 'pg';

/**
 * Organization ids once each, in id order: parallel chunks marking the same organizations in one
 * statement then lock them in one order, never in a cycle.
 */
export function inIdOrder(organizationIds: Array<string | null>): string[] {
  return [...new Set(organizationIds.filter((id): id is string => id !== null))].sort((a, b) =>
    BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0,
  );
}

/**
 * Tells the coverage stage that these organizations' graph changed (inside the caller's
 * transaction). A transaction that marks several sets should mark them in one call: two calls each
 * in order can still lock in a cycle with a parallel chunk's two calls.
 */
export async function markCoverageDirty(
  client: PoolClient,
  organizationIds: Array<string | null>,
): Promise<void> {
  const ids = inIdOrder(organizationIds);
  if (ids.length === 0) return;
  // A mark already there stays as it was (no new row version: at a million organizations, most are
  // marked again and again in a bulk run). `do update … where false` still locks it, which waits
  // out a coverage chunk evaluating that organization: once the chunk commits its delete, the mark
  // is inserted anew.
  await client.query(
    `insert into coverage_dirty (organization_id, marked_at) select unnest($1::bigint[]), now()
     on conflict (organization_id) do update set marked_at = excluded.marked_at where false`,
    [ids],
  );
}
