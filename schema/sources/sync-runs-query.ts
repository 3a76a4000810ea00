import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';

/** One `sync_run` row with the attempt it was of its job (1 for the first try, 2 for a retry…). */
export interface RunRow {
  id: string;
  source: string;
  state: string;
  full: boolean;
  started_at: Date;
  finished_at: Date | null;
  fetched: number;
  new_count: number;
  changed: number;
  unchanged: number;
  quarantined: number;
  error: string | null;
  attempt: number;
}

/** Each pull attempt of a BullMQ job opens a run of its own: attempts count within the job. */
const WITH_ATTEMPTS = `select r.*, (row_number() over (
    partition by coalesce(r.job_id, r.id::text) order by r.id))::int as attempt from sync_run r`;

/** The newest run of every feed. */
export async function lastRuns(pool: Pool): Promise<RunRow[]> {
  const result = await pool.query<RunRow>(
    `select distinct on (source) * from (${WITH_ATTEMPTS}) r order by source, started_at desc,
            id desc`,
  );
  return result.rows;
}

/** A page of runs, newest first, of one feed or all, before the run `beforeId`. */
export async function runPage(
  pool: Pool,
  source: string | undefined,
  beforeId: string | undefined,
  limit: number,
): Promise<RunRow[]> {
  const result = await pool.query<RunRow>(
    `select * from (${WITH_ATTEMPTS} where $1::text is null or r.source = $1) r
      where $2::bigint is null or r.id < $2 order by r.id desc limit $3`,
    [source ?? null, beforeId ?? null, limit],
  );
  return result.rows;
}

/** When a feed's latest successful run finished. */
export interface LastSuccessRow {
  source: string;
  at: Date;
}

/** How many current record versions a feed has landed; `count(*)` is a bigint, read as text. */
export interface RecordCountRow {
  source: string;
  n: string;
}

/** Each feed's latest success; a feed that never succeeded has no row. */
export async function lastSuccesses(em: EntityManager): Promise<LastSuccessRow[]> {
  const rows = await em.getConnection().execute<Array<{ source: string; at: Date | string }>>(
    `select source, max(finished_at) as at from sync_run where state = 'succeeded'
     group by source`,
  );
  // The raw connection hands an aggregate's timestamptz back as text: DateTimeISO needs a Date.
  return rows.map((row) => ({ source: row.source, at: new Date(row.at) }));
}

/** Current record versions per feed; a feed with none has no row. */
export async function currentRecordCounts(em: EntityManager): Promise<RecordCountRow[]> {
  return em
    .getConnection()
    .execute<RecordCountRow[]>(`select source, count(*) as n from current_record group by source`);
}
