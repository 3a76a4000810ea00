import type { Pool } from 'pg';

export interface AuditTrailFilter {
  subject?: string;
  outcome?: string;
  since?: Date;
}

export interface AuditRow {
  id: string;
  at: Date;
  subject: string;
  role: string | null;
  region: string | null;
  kind: string;
  operation: string;
  variables: Record<string, unknown> | null;
  rows: number | null;
  outcome: string;
  duration_ms: number;
}

/** Audited requests newest first, after the cursor's id (keyset on the primary key). */
export async function auditPage(
  pool: Pool,
  filter: AuditTrailFilter,
  beforeId: string | undefined,
  limit: number,
): Promise<AuditRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (condition: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(condition(params.length));
  };
  if (filter.subject) add((n) => `subject = $${n}`, filter.subject);
  if (filter.outcome) add((n) => `outcome = $${n}`, filter.outcome);
  if (filter.since) add((n) => `at >= $${n}`, filter.since);
  if (beforeId) add((n) => `id < $${n}`, beforeId);
  params.push(limit);
  const { rows } = await pool.query<AuditRow>(
    `select id::text, at, subject, role, region, kind, operation, variables, rows, outcome,
            duration_ms
       from request_audit ${where.length ? `where ${where.join(' and ')}` : ''}
      order by id desc limit $${params.length}`,
    params,
  );
  return rows;
}
