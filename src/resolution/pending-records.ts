import type { Pool, PoolClient } from 'pg';
import { drainWithCursor } from '../storage/cursor-drain';
import { inTransaction } from '../storage/sql-pool';
import type { PlannerStatistics } from '../storage/planner-statistics';
import type { CanonicalRecord, RecordEntity } from '../canonical/canonical-record';

/** A landed record version waiting for resolution. */
export interface PendingRecord {
  id: string;
  source: string;
  stream: string;
  record_key: string;
  canonical: CanonicalRecord;
  observed_at: Date;
}

/**
 * Which queued records a pass takes: those with a valid USCC (optionally one worker's shards of
 * them: shard modulo `workers` = `worker`), those without, or all.
 */
export type PendingFilter =
  | { uscc: 'with'; worker: number; workers: number }
  | { uscc: 'without' }
  | { uscc: 'any' };

const ANY: PendingFilter = { uscc: 'any' };

function filterCondition(filter: PendingFilter): string {
  if (filter.uscc === 'with') return `and q.uscc_shard % ${Math.trunc(filter.workers)} = ${Math.trunc(filter.worker)}`;
  return filter.uscc === 'without' ? 'and q.uscc_shard is null' : '';
}

/**
 * The next chunk of queued record versions of the given entities after `after` (a source_record
 * id), oldest first (see `resolution_queue`). The cursor keeps each chunk from wading through the
 * queue entries earlier chunks deleted.
 */
export async function nextPendingChunk(
  client: PoolClient, entities: RecordEntity[], limit: number, filter: PendingFilter = ANY, after = '0',
): Promise<PendingRecord[]> {
  const result = await client.query<PendingRecord>(
    `select s.id, s.source, s.stream, s.record_key, s.canonical, s.last_seen_at as observed_at
       from resolution_queue q join source_record s on s.id = q.source_record_id
      where q.entity = any($1::text[]) ${filterCondition(filter)} and q.source_record_id > $3
      order by q.source_record_id limit $2 for update of q skip locked`,
    [entities, limit, after],
  );
  return result.rows;
}

/** Whether any queued version of the given entities matches the filter. */
export async function hasPending(pool: Pool, entities: RecordEntity[], filter: PendingFilter): Promise<boolean> {
  const result = await pool.query(
    `select 1 from resolution_queue q where q.entity = any($1::text[]) ${filterCondition(filter)} limit 1`, [entities]);
  return (result.rowCount ?? 0) > 0;
}

/**
 * Works through the queued versions of the given entities a chunk per transaction (see
 * `drainWithCursor`): `work` resolves a chunk and the chunk leaves the queue in the same
 * transaction. A chunk that loses a deadlock to a parallel worker (two records naming one
 * organization code) is rolled back and done again.
 */
export async function drainPending<T>(
  pool: Pool, entities: RecordEntity[], filter: PendingFilter, chunkSize: number,
  work: (client: PoolClient, rows: PendingRecord[]) => Promise<T>, onChunk: (result: T) => void, statistics?: PlannerStatistics,
): Promise<void> {
  await drainWithCursor(async (after) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const done = await inTransaction(pool, async (client) => {
          const rows = await nextPendingChunk(client, entities, chunkSize, filter, after);
          if (rows.length === 0) return null;
          const result = await work(client, rows);
          await markResolved(client, rows);
          return { result, rows: rows.length, last: String(rows[rows.length - 1].id) };
        });
        if (!done) return null;
        onChunk(done.result);
        await statistics?.wrote(done.rows);
        return done.last;
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= 5) throw error;
      }
    }
  });
}

const DEADLOCK_DETECTED = '40P01';

/** Takes resolved versions off the queue (inside the transaction that resolved them). */
export async function markResolved(client: PoolClient, records: PendingRecord[]): Promise<void> {
  await client.query('delete from resolution_queue where source_record_id = any($1::bigint[])', [records.map((r) => r.id)]);
}

/** `(source, stream, key)` as one map key. */
export function recordKeyOf(row: { source: string; stream: string; record_key: string }): string {
  return `${row.source}\u0000${row.stream}\u0000${row.record_key}`;
}
