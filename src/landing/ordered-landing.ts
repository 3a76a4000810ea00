import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '../storage/sql-pool';
import type { Batch } from './batch';

/**
 * Lands one batch inside its transaction. `turn` resolves once every earlier batch has committed:
 * writes to rows that all batches share (the stream's checkpoint, the run's counts, the snapshot's
 * file row) come after it, so they never wait on a later batch.
 */
export type LandInTransaction<T> = (
  client: PoolClient,
  batch: Batch,
  turn: () => Promise<void>,
) => Promise<T>;

/**
 * Lands a feed's batches up to `lanes` at a time, each in its own transaction, committing strictly
 * in the order the connector yielded them: a crash leaves a prefix of the batches committed, with
 * the checkpoint of the last one, exactly as one batch at a time would. While one batch waits on
 * the database (a page of random index reads, or a core busy elsewhere), the next one already
 * works.
 *
 * Two batches overlap only when they share no record key (nor a key a rejection names) and the
 * earlier one does not end a snapshot (its "absent since" sweep touches the whole stream): a later
 * batch must see what the earlier one left, so it waits for that commit instead.
 * `committed` runs for each batch in order, after its commit. The first failure stops the pull:
 * batches after it roll back, and it is thrown once every transaction has ended.
 *
 * @param lanes - batches open at once: two let a lone feed (a delta's, or the last of a bulk load)
 *   use a second backend while the first waits on reads or its commit
 */
export async function landInOrder<T>(
  pool: Pool,
  batches: AsyncIterable<Batch>,
  land: LandInTransaction<T>,
  committed: (result: T) => Promise<void> | void,
  lanes = 2,
): Promise<void> {
  const inFlight: Array<{ batch: Batch; keys: Set<string>; done: Promise<void> }> = [];
  try {
    for await (const batch of batches) {
      const keys = keysOf(batch);
      while (
        inFlight.length > 0 &&
        (inFlight.length >= lanes || inFlight.some((earlier) => mustPrecede(earlier, keys)))
      ) {
        await inFlight.shift()!.done;
      }
      const before = inFlight.at(-1)?.done ?? Promise.resolve();
      const done = inTransaction(pool, async (client) => {
        const result = await land(client, batch, () => before);
        await before;
        return result;
      }).then(committed);
      // Observed in order below; this only keeps a failure from counting as unhandled meanwhile.
      done.catch(() => undefined);
      inFlight.push({ batch, keys, done });
    }
    while (inFlight.length > 0) await inFlight.shift()!.done;
  } finally {
    // On a failure, the batches still in flight roll back (their turn never comes); wait for them.
    await Promise.allSettled(inFlight.map((f) => f.done));
  }
}

function mustPrecede(earlier: { batch: Batch; keys: Set<string> }, keys: Set<string>): boolean {
  if (earlier.batch.snapshot?.final) return true;
  for (const key of keys) if (earlier.keys.has(key)) return true;
  return false;
}

/** The record keys a batch writes or touches, per stream. */
function keysOf(batch: Batch): Set<string> {
  const keys = new Set<string>();
  for (const record of batch.records) keys.add(`${batch.stream}\u0000${record.key}`);
  for (const rejection of batch.rejections)
    if (rejection.recordKey) keys.add(`${batch.stream}\u0000${rejection.recordKey}`);
  return keys;
}
