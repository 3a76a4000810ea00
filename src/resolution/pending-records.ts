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
  'with-uscc': `and canonical->'identifiers' @> '[{"scheme": "uscc", "valid": true}]'`,
  'without-uscc': `and not canonical->'identifiers' @> '[{"scheme": "uscc", "valid": true}]'`,
  any: '',
};

/** The next chunk of current, unresolved record versions of the given entities, oldest first. */
export async function nextPendingChunk(client: PoolClient, entities: RecordEntity[], limit: number, uscc: UsccFilter = 'any'): Promise<PendingRecord[]> {
  const result = await client.query<PendingRecord>(
    `select id, source, stream, record_key, canonical, last_seen_at as observed_at from source_record
      where resolved_at is null and is_current and canonical->>'entity' = any($1::text[]) ${USCC_CONDITION[uscc]}
      order by id limit $2 for update skip locked`,
    [entities, limit],
  );
  return result.rows;
}

export async function markResolved(client: PoolClient, records: PendingRecord[]): Promise<void> {
  await client.query('update source_record set resolved_at = now() where id = any($1::bigint[])', [records.map((r) => r.id)]);
}

/** `(source, stream, key)` as one map key. */
export function recordKeyOf(row: { source: string; stream: string; record_key: string }): string {
  return `${row.source}\u0000${row.stream}\u0000${row.record_key}`;
}
