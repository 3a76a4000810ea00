import { Readable } from 'node:stream';
import { UnrecoverableError } from 'bullmq';
import type { Pool, PoolClient } from 'pg';
import { connectorFor } from '../../connectors';
import { UnreadableOriginError } from '../../connectors/shared/connector';
import type { Batch } from '../../src/landing/batch';
import type { FeedConfig } from '../../src/config/hub-config';
import type { SourceId } from '../../src/model/feeds';
import { addCounts, landBatch, LandingCounts, ZERO_COUNTS } from '../../src/landing/land-batch';
import { FirstLoadKeys } from '../../src/landing/first-load-keys';
import { landInOrder } from '../../src/landing/ordered-landing';
import { PlannerStatistics } from '../../src/storage/planner-statistics';
import { logger } from '../../src/runtime/logger';
import { recordsLanded } from '../../src/runtime/metrics';
import { withAdvisoryLock } from '../advisory-lock';

export interface PullJobData {
  source: SourceId;
  full: boolean;
}

export interface PullResult extends LandingCounts {
  source: SourceId;
  runId: string;
  state: 'succeeded' | 'failed';
  error?: string;
  /** Runs the pull took (a retried pull's counts are the sums over them); 1 when not retried. */
  attempts?: number;
}

/**
 * Pulls one feed into the landing zone: opens a sync run, lands each batch the connector yields in
 * its own transaction (records, quarantine, checkpoint, run counts), two at once but committed in
 * order (see `landInOrder`), and closes the run. One pull per feed at a time, across all workers,
 * by a PostgreSQL advisory lock.
 */
export async function runPull(
  pool: Pool,
  feed: FeedConfig,
  data: PullJobData,
  jobId: string | undefined,
  onProgress: (counts: LandingCounts) => Promise<void> | void,
): Promise<PullResult> {
  return withAdvisoryLock(pool, `pull:${data.source}`, async () => {
    await closeInterruptedRuns(pool, data.source);
    const run = await pool.query<{ id: string }>(
      `insert into sync_run (source, state, "full", job_id, started_at) values ($1, 'running', $2, $3, now()) returning id`,
      [data.source, data.full, jobId ?? null],
    );
    const runId = run.rows[0].id;
    let counts = ZERO_COUNTS;
    try {
      const checkpoints = await loadCheckpoints(pool, data.source);
      const connector = connectorFor(data.source);
      const statistics = new PlannerStatistics(pool, LANDING_TABLES);
      // One batch read ahead: the connector fetches and maps the next page while this one lands.
      // Leaving the loop early destroys the stream, which ends the connector (its `finally` runs).
      const batches = Readable.from(connector.pull({ feed, checkpoints, full: data.full }), {
        objectMode: true,
        highWaterMark: 1,
      });
      const firstLoad = await FirstLoadKeys.open(pool, data.source, connector.streams);
      const land = async (client: PoolClient, batch: Batch, turn: () => Promise<void>) => {
        const landed = await landBatch(client, data.source, runId, batch, { turn, firstLoad });
        await addRunCounts(client, runId, landed);
        return landed;
      };
      await landInOrder(pool, batches as AsyncIterable<Batch>, land, async (batchCounts) => {
        // Records seen again unchanged count too: each rewrites its key's current_record row.
        await statistics.wrote(batchCounts.created + batchCounts.changed + batchCounts.unchanged);
        counts = addCounts(counts, batchCounts);
        countLanded(data.source, batchCounts);
        await onProgress(counts);
      });
      await finishRun(pool, runId, 'succeeded', null);
      return { source: data.source, runId, state: 'succeeded', ...counts };
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof UnreadableOriginError) {
        await pool.query(
          `insert into quarantine_entry (source, stream, run_id, origin, position, reason, detail, excerpt, created_at)
           values ($1, $2, $3, $4, null, $5, $6, $7, now())`,
          [
            data.source,
            error.stream,
            runId,
            error.origin,
            error.reason,
            message,
            error.excerpt ?? null,
          ],
        );
        await pool.query('update sync_run set quarantined = quarantined + 1 where id = $1', [
          runId,
        ]);
      }
      await finishRun(pool, runId, 'failed', message);
      logger.warn({ source: data.source, runId, err: error }, 'pull failed');
      // An unreadable page stays unreadable: quarantined once, not retried three times.
      throw error instanceof UnreadableOriginError ? new UnrecoverableError(message) : error;
    }
  });
}

/**
 * Runs of this feed still marked running were cut off (their worker killed, or its database
 * connection lost): the lock held here proves nobody runs them. They are closed as failed, so
 * `syncRuns` shows what happened; what they landed stays, and this pull goes on from its
 * checkpoints.
 */
async function closeInterruptedRuns(pool: Pool, source: string): Promise<void> {
  await pool.query(
    `update sync_run set state = 'failed', finished_at = now(),
            error = 'interrupted: its worker stopped before the pull ended (retried as a later run)'
      where source = $1 and state = 'running'`,
    [source],
  );
}

async function loadCheckpoints(
  pool: Pool,
  source: string,
): Promise<Record<string, Record<string, unknown>>> {
  const rows = await pool.query<{ stream: string; checkpoint: Record<string, unknown> }>(
    'select stream, checkpoint from sync_state where source = $1',
    [source],
  );
  return Object.fromEntries(rows.rows.map((row) => [row.stream, row.checkpoint]));
}

async function addRunCounts(
  client: { query: Pool['query'] },
  runId: string,
  c: LandingCounts,
): Promise<void> {
  await client.query(
    `update sync_run set fetched = fetched + $2, new_count = new_count + $3, changed = changed + $4,
                         unchanged = unchanged + $5, quarantined = quarantined + $6 where id = $1`,
    [runId, c.fetched, c.created, c.changed, c.unchanged, c.quarantined],
  );
}

async function finishRun(
  pool: Pool,
  runId: string,
  state: 'succeeded' | 'failed',
  error: string | null,
): Promise<void> {
  await pool.query(
    'update sync_run set state = $2, error = $3, finished_at = now() where id = $1',
    [runId, state, error],
  );
}

function countLanded(source: string, c: LandingCounts): void {
  recordsLanded.inc({ source, outcome: 'new' }, c.created);
  recordsLanded.inc({ source, outcome: 'changed' }, c.changed);
  recordsLanded.inc({ source, outcome: 'unchanged' }, c.unchanged);
  recordsLanded.inc({ source, outcome: 'quarantined' }, c.quarantined);
}

/** Tables a large pull grows (their statistics are refreshed as it goes). */
const LANDING_TABLES = ['source_record', 'current_record', 'resolution_queue'];
