import type { Pool } from 'pg';

/** One `quarantine_entry` row: what could not be landed, why, and where it was in its feed. */
export interface QuarantineEntryRow {
  id: string;
  source: string;
  stream: string;
  run_id: string | null;
  origin: string;
  position: string | null;
  reason: string;
  detail: string | null;
  excerpt: string | null;
  record_key: string | null;
  created_at: Date;
}

/** Which entries a question is about; absent fields do not filter. */
export interface QuarantineFilter {
  source?: string;
  reason?: string;
}

/** The filter's conditions, their values appended to `params`. */
function conditionsOf(filter: QuarantineFilter, params: unknown[]): string[] {
  const where: string[] = [];
  if (filter.source) where.push(`source = $${params.push(filter.source)}`);
  if (filter.reason) where.push(`reason = $${params.push(filter.reason)}`);
  return where;
}

function whereSql(where: string[]): string {
  return where.length ? `where ${where.join(' and ')}` : '';
}

/** All entries matching the filter, whatever page is asked for. */
export async function quarantineCount(pool: Pool, filter: QuarantineFilter): Promise<number> {
  const params: unknown[] = [];
  const where = conditionsOf(filter, params);
  const result = await pool.query<{ n: number }>(
    `select count(*)::int as n from quarantine_entry ${whereSql(where)}`,
    params,
  );
  return result.rows[0].n;
}

/** Up to `limit` entries, newest first, older than the entry `beforeId` when given. */
export async function quarantinePage(
  pool: Pool,
  filter: QuarantineFilter,
  beforeId: string | undefined,
  limit: number,
): Promise<QuarantineEntryRow[]> {
  const params: unknown[] = [];
  const where = conditionsOf(filter, params);
  if (beforeId !== undefined) where.push(`id < $${params.push(beforeId)}`);
  const result = await pool.query<QuarantineEntryRow>(
    `select * from quarantine_entry ${whereSql(where)} order by id desc
     limit $${params.push(limit)}`,
    params,
  );
  return result.rows;
}
