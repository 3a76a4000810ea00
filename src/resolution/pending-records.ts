import type { Pool, PoolClient } from 'pg';
import { drainWithCursor } from '../storage/cursor-drain';
import { inTransaction, retryingDeadlocks } from '../storage/sql-pool';
import type { PlannerStatistics } from '../storage/planner-statistics';
import type { CanonicalRecord, RecordEntity } from '../canonical/canonical-record';
import { isSourceId, type SourceId } from '../model/feeds';
import { USCC_SHARDS } from '../storage/entities/resolution-queue.entity';

/** A landed record version waiting for resolution. */
export interface PendingRecord {
  id: string;
  source: string;
  stream: string;
  record_key: string;
  canonical: CanonicalRecord;
  observed_at: Date;
  /**
   * The first version landed of its key: it has no earlier link (see
   * `resolution_queue.first_version`).
   */
  first_version: boolean;
}

/**
 * Which queued records a pass takes: those with a valid USCC (optionally one worker's shards of
 * them: shard modulo `workers` = `worker`), those without (optionally one department's alone), or
 * all.
 */
export type PendingFilter =
  | { uscc: 'with'; worker: number; workers: number }
  | { uscc: 'without'; source?: SourceId }
  | { uscc: 'any' };

const ANY: PendingFilter = { uscc: 'any' };

/**
 * The filter as SQL. A worker's shards are listed (`uscc_shard = any(…)`) rather than computed
 * (`uscc_shard % workers = worker`): the planner estimates a list from the column's statistics, but
 * gives an expression 0.5% of the rows, and on a million-record queue that misestimate turned the
 * ordered scan that stops after one chunk into a join of the whole queue (seen: 4.8 s a chunk).
 */
function filterCondition(filter: PendingFilter): string {
  if (filter.uscc === 'with') {
    const shards = Array.from({ length: USCC_SHARDS }, (_, shard) => shard).filter(
      (shard) => shard % Math.trunc(filter.workers) === Math.trunc(filter.worker),
    );
    return `and q.uscc_shard = any('{${shards.join(',')}}'::smallint[])`;
  }
  if (filter.uscc === 'any') return '';
  if (filter.source === undefined) return 'and q.uscc_shard is null';
  if (!isSourceId(filter.source)) throw new Error(`unknown source ${String(filter.source)}`);
  return `and q.uscc_shard is null and exists (select 1 from source_record s
            where s.id = q.source_record_id and s.source = '${filter.source}')`;
}

/**
 * The next chunk of queued record versions of the given entities after `after` (a source_record
 * id), oldest first (see `resolution_queue`). The cursor keeps each chunk from wading through the
 * queue entries earlier chunks deleted.
 */
export async function nextPendingChunk(
  client: PoolClient,
  entities: RecordEntity[],
  limit: number,
  filter: PendingFilter = ANY,
  after = '0',
): Promise<PendingRecord[]> {
  // The queue entries are taken first, on their own: the join with the wide landing rows then
  // touches one chunk of them, whatever plan the queue's scan gets.
  const result = await client.query<PendingRecord>(
    `with taken as (
       select q.source_record_id, q.first_version from resolution_queue q
        where q.entity = any($1::text[]) ${filterCondition(filter)} and q.source_record_id > $3
        order by q.source_record_id limit $2 for update skip locked)
     select s.id, s.source, s.stream, s.record_key, s.canonical, s.first_seen_at as observed_at,
            t.first_version
       from taken t join source_record s on s.id = t.source_record_id
      order by s.id`,
    [entities, limit, after],
  );
  await withLastSighting(
    client,
    result.rows.filter((row) => !row.canonical.observedAt),
  );
  return result.rows;
}

/**
 * A record without the department's own stamp was observed when a pull last saw it
 * (`current_record`), not only when its version first came. Looked up for those alone: the
 * connectors stamp nearly every record.
 */
async function withLastSighting(client: PoolClient, rows: PendingRecord[]): Promise<void> {
  if (rows.length === 0) return;
  const seen = await client.query<{
    source: string;
    stream: string;
    record_key: string;
    last_seen_at: Date;
  }>(
    `select c.source, c.stream, c.record_key, c.last_seen_at from current_record c
       join unnest($1::text[], $2::text[], $3::text[]) as t(s, st, k) on c.source = t.s
         and c.stream = t.st and c.record_key = t.k`,
    [rows.map((r) => r.source), rows.map((r) => r.stream), rows.map((r) => r.record_key)],
  );
  const lastSeen = new Map(seen.rows.map((r) => [recordKeyOf(r), r.last_seen_at]));
  for (const row of rows) row.observed_at = lastSeen.get(recordKeyOf(row)) ?? row.observed_at;
}

/** Whether any queued version of the given entities matches the filter. */
export async function hasPending(
  pool: Pool,
  entities: RecordEntity[],
  filter: PendingFilter,
): Promise<boolean> {
  const result = await pool.query(
    `select 1 from resolution_queue q where q.entity = any($1::text[]) ${filterCondition(filter)}
     limit 1`,
    [entities],
  );
  return (result.rowCount ?? 0) > 0;
}

/**
 * Leaves versions of a chunk for a later pass: `work` names those it would not resolve yet. They
 * stay queued, without their USCC shard, so that no pass taking shards takes them again; the next
 * pass taking `any` does.
 */
export type Postpone = (ids: string[]) => void;

/**
 * Works through the queued versions of the given entities a chunk per transaction (see
 * `drainWithCursor`): `work` resolves a chunk and the chunk leaves the queue in the same
 * transaction, but for the versions it postponed. A chunk that loses a deadlock to a parallel
 * worker (two records naming one organization code) is rolled back and done again.
 */
export async function drainPending<T>(
  pool: Pool,
  entities: RecordEntity[],
  filter: PendingFilter,
  chunkSize: number,
  work: (client: PoolClient, rows: PendingRecord[], postpone: Postpone) => Promise<T>,
  onChunk: (result: T) => void,
  statistics?: PlannerStatistics,
): Promise<void> {
  await drainWithCursor(async (after) => {
    const done = await retryingDeadlocks(() =>
      inTransaction(pool, async (client) => {
        const rows = await nextPendingChunk(client, entities, chunkSize, filter, after);
        if (rows.length === 0) return null;
        const postponed = new Set<string>();
        const result = await work(client, rows, (ids) => ids.forEach((id) => postponed.add(id)));
        await markResolved(
          client,
          rows.filter((row) => !postponed.has(row.id)),
        );
        if (postponed.size > 0) {
          await client.query(
            `update resolution_queue set uscc_shard = null
             where source_record_id = any($1::bigint[])`,
            [[...postponed]],
          );
        }
        return { result, rows: rows.length, last: String(rows[rows.length - 1].id) };
      }),
    );
    if (!done) return null;
    onChunk(done.result);
    await statistics?.wrote(done.rows);
    return done.last;
  });
}

/** Takes resolved versions off the queue (inside the transaction that resolved them). */
export async function markResolved(client: PoolClient, records: PendingRecord[]): Promise<void> {
  await client.query('delete from resolution_queue where source_record_id = any($1::bigint[])', [
    records.map((r) => r.id),
  ]);
}

/** `(source, stream, key)` as one map key. */
export function recordKeyOf(row: { source: string; stream: string; record_key: string }): string {
  return `${row.source}\u0000${row.stream}\u0000${row.record_key}`;
}
