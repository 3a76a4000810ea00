import type { PoolClient } from 'pg';

/** Tells the coverage stage that these organizations' graph changed (inside the caller's transaction). */
export async function markCoverageDirty(client: PoolClient, organizationIds: Array<string | null>): Promise<void> {
  const ids = [...new Set(organizationIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  await client.query(
    `insert into coverage_dirty (organization_id, marked_at) select unnest($1::bigint[]), now()
     on conflict (organization_id) do update set marked_at = now()`,
    [ids],
  );
}
