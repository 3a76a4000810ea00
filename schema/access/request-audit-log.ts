import type { Pool } from 'pg';
import type { Identity } from '../../src/access/identity';
import { logger } from '../../src/runtime/logger';

/** One audited request (a row of `request_audit`). */
export interface AuditedRequest {
  at: Date;
  identity: Identity | null;
  kind: 'query' | 'mutation' | 'export';
  operation: string;
  variables: Record<string, unknown> | null;
  rows: number | null;
  outcome: string;
  durationMs: number;
}

/** Entries kept while the database is away; beyond this the oldest are dropped (and counted). */
const MAX_PENDING = 50_000;

/**
 * The audit trail of API operations and exports, written in batches off the request path (a
 * multi-row insert every `flushMs`), so that auditing costs a request almost nothing. Entries
 * survive a database outage in memory up to MAX_PENDING; a flush that fails is retried.
 */
export class RequestAuditLog {
  private pending: AuditedRequest[] = [];
  private dropped = 0;
  private flushing: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pool: Pool,
    flushMs = 250,
  ) {
    this.timer = setInterval(() => void this.flush(), flushMs);
    this.timer.unref();
  }

  record(entry: AuditedRequest): void {
    this.pending.push(entry);
    if (this.pending.length > MAX_PENDING) {
      this.dropped += this.pending.length - MAX_PENDING;
      this.pending.splice(0, this.pending.length - MAX_PENDING);
    }
  }

  /** Writes what is pending (one flush at a time); resolves when that flush has ended. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.length === 0) return Promise.resolve();
    const batch = this.pending.splice(0, 2000);
    this.flushing = this.write(batch)
      .catch((error: unknown) => {
        this.pending.unshift(...batch);
        logger.warn({ err: error, pending: this.pending.length }, 'audit trail write failed');
      })
      .finally(() => {
        this.flushing = null;
        if (this.dropped > 0) {
          logger.error({ dropped: this.dropped }, 'audit entries dropped: the database was away');
          this.dropped = 0;
        }
      });
    return this.flushing;
  }

  /** Stops the timer after writing what is pending. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
    if (this.pending.length > 0) await this.flush();
  }

  private async write(batch: AuditedRequest[]): Promise<void> {
    await this.pool.query(
      `insert into request_audit
         (at, subject, role, region, kind, operation, variables, rows, outcome, duration_ms)
       select * from unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[],
                            $6::text[], $7::jsonb[], $8::int[], $9::text[], $10::int[])`,
      [
        batch.map((e) => e.at),
        batch.map((e) => e.identity?.subject ?? 'anonymous'),
        batch.map((e) => e.identity?.role ?? null),
        batch.map((e) => e.identity?.region ?? null),
        batch.map((e) => e.kind),
        batch.map((e) => e.operation),
        batch.map((e) => (e.variables ? JSON.stringify(e.variables) : null)),
        batch.map((e) => e.rows),
        batch.map((e) => e.outcome),
        batch.map((e) => Math.round(e.durationMs)),
      ],
    );
  }
}
