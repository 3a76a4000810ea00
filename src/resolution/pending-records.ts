import type { PoolClient } from 'pg';
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

/** Which pending records a pass takes: those with a valid USCC, those without, or both. */
export type UsccFilter = 'with-uscc' | 'without-uscc' | 'any';

const USCC_CONDITION: Record<UsccFilter, string> = {
  'with-uscc': 'and q.has_uscc',
  'without-uscc': 'and not q.has_uscc',
  any: '',
};

/** The next chunk of queued record versions of the given entities, oldest first (see `resolution_queue`). */
export async function nextPendingChunk(client: PoolClient, entities: RecordEntity[], limit: number, uscc: UsccFilter = 'any'): Promise<PendingRecord[]> {
  const result = await client.query<PendingRecord>(
    `select s.id, s.source, s.stream, s.record_key, s.canonical, s.last_seen_at as observed_at
       from resolution_queue q join source_record s on s.id = q.source_record_id
      where q.entity = any($1::text[]) ${USCC_CONDITION[uscc]}
      order by q.source_record_id limit $2 for update of q skip locked`,
    [entities, limit],
  );
  return result.rows;
}

/** Takes resolved versions off the queue (inside the transaction that resolved them). */
export async function markResolved(client: PoolClient, records: PendingRecord[]): Promise<void> {
  await client.query('delete from resolution_queue where source_record_id = any($1::bigint[])', [records.map((r) => r.id)]);
}

/** `(source, stream, key)` as one map key. */
export function recordKeyOf(row: { source: string; stream: string; record_key: string }): string {
  return `${row.source}\u0000${row.stream}\u0000${row.record_key}`;
}
