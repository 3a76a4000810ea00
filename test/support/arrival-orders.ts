import type { Pool } from 'pg';
import { connectorFor } from '../../connectors';
import { loadHubConfig } from '../../src/config/hub-config';
import type { SourceId } from '../../src/model/feeds';
import type { Batch } from '../../src/landing/batch';
import { landBatch } from '../../src/landing/land-batch';
import { inTransaction } from '../../src/storage/sql-pool';
import { runPull } from '../../jobs/processors/pull-processor';
import { runResolve } from '../../jobs/processors/resolve-processor';
import { runCoverageStage } from '../../jobs/processors/coverage-processor';
import { Rng } from '../../sandbox/generator/rng';

/** One arrival: a whole feed pulled as the hub pulls it, or one half of a feed's records. */
export type Arrival = { source: SourceId } | { source: SourceId; half: 0 | 1 };

/** The items in a seeded random order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  return new Rng(seed).sample(items, items.length);
}

/**
 * Lands the arrivals one after another into the database of `pool`, each sync followed by a
 * resolution run, as separate syncs would; then evaluates coverage (without `resolve`: lands
 * only). A half reads the feed through its connector (real HTTP and files) and lands the record
 * keys that hash to it, as a department that sent part of its data now and the rest later: no
 * snapshot ends with it, so nothing is marked absent.
 */
export async function landInArrivals(
  pool: Pool,
  syncs: Arrival[][],
  options = { resolve: true },
): Promise<void> {
  const { feeds } = loadHubConfig();
  for (const sync of syncs) {
    for (const arrival of sync) {
      if ('half' in arrival)
        await landHalf(pool, feeds[arrival.source], arrival.source, arrival.half);
      else
        await runPull(
          pool,
          feeds[arrival.source],
          { source: arrival.source, full: false },
          undefined,
          () => {},
        );
    }
    if (options.resolve) await runResolve(pool, () => {}, 2);
  }
  if (options.resolve) await runCoverageStage(pool, () => {});
}

async function landHalf(
  pool: Pool,
  feed: ReturnType<typeof loadHubConfig>['feeds'][SourceId],
  source: SourceId,
  half: 0 | 1,
): Promise<void> {
  const run = await pool.query<{ id: string }>(
    `insert into sync_run (source, state, "full", started_at, finished_at)
     values ($1, 'succeeded', false, now(), now()) returning id`,
    [source],
  );
  const connector = connectorFor(source);
  for await (const batch of connector.pull({ feed, checkpoints: {}, full: false })) {
    const part: Batch = {
      ...batch,
      snapshot: undefined,
      checkpoint: undefined,
      records: batch.records.filter((r) => halfOf(r.key) === half),
      rejections: half === 0 ? [] : batch.rejections,
    };
    await inTransaction(pool, (client) => landBatch(client, source, run.rows[0].id, part));
  }
}

/** Which half a record key falls in: a stable hash, so the halves mix the feed's pages. */
function halfOf(key: string): 0 | 1 {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return (hash & 1) as 0 | 1;
}

export { gapsOf, partitionOf } from '../../bench/graph-digest';
