import type { PoolClient } from 'pg';

/** Tells the coverage stage that these organizations' graph changed (inside the caller's transaction). */
export async function markCoverageDirty(client: PoolClient, organizationIds: Array<string | null>): Promise<void> {
  // In id order: parallel chunks marking the same organizations then lock them in one order, never in a cycle.
  const ids = [...new Set(organizationIds.filter((id): id is string => id !== null))].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
  if (ids.length === 0) return;
  // A mark already there stays as it was (no new row version: at a million organizations, most are
  // marked again and again in a bulk run). `do update … where false` still locks it, which waits out a
  // coverage chunk evaluating that organization: once the chunk commits its delete, the mark is inserted anew.
  await client.query(
    `insert into coverage_dirty (organization_id, marked_at) select unnest($1::bigint[]), now()
     on conflict (organization_id) do update set marked_at = excluded.marked_at where false`,
    [ids],
  );
}
