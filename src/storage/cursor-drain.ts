import type { PoolClient } from 'pg';

/**
 * Drains a queue-like table (rows deleted as they are processed) along its key with a cursor:
 * each step takes the rows after `after` and returns the last key it took, or null when it found
 * none. The cursor keeps a step from wading through the entries earlier steps deleted; after the
 * last step, one more sweep from the start catches rows added behind the cursor meanwhile.
 *
 * @param step - processes the rows after a key (ids compare as bigints; `'0'` is before all)
 */
export async function drainWithCursor(
  step: (after: string) => Promise<string | null>,
): Promise<void> {
  let after = '0';
  for (;;) {
    const last = await step(after);
    if (last !== null) after = last;
    else if (after === '0') return;
    else after = '0';
  }
}

/** Queues of organization ids that drain along that id (`golden_dirty`, `profile_dirty`). */
export type OrganizationQueue = 'golden_dirty' | 'profile_dirty';

/**
 * Takes up to `limit` ids after `after` off an organization queue, in the caller's transaction,
 * skipping rows another drain holds; returns them with the largest as the cursor's next step
 * (`delete … returning` keeps no order), or null when none was left.
 *
 * `= any(array(…))`: the batch is taken once and deleted by index. As `in (…)`, a planner that
 * believed the table empty (statistics from after a bulk run emptied it) re-ran the subquery for
 * every row: 35 s for a 10,000-organization delta.
 */
export async function takeQueuedOrganizations(
  client: PoolClient,
  queue: OrganizationQueue,
  after: string,
  limit: number,
): Promise<{ ids: string[]; last: string | null }> {
  const taken = await client.query<{ organization_id: string }>(
    `delete from ${queue} where organization_id = any(array(
       select organization_id from ${queue} where organization_id > $1
        order by organization_id limit $2 for update skip locked))
     returning organization_id`,
    [after, limit],
  );
  const ids = taken.rows.map((r) => String(r.organization_id));
  const last = ids.length === 0 ? null : ids.reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b));
  return { ids, last };
}
