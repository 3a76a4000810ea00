import type { Pool } from 'pg';
import { logger } from '../runtime/logger';

/**
 * Keeps the planner's statistics of tables a bulk load grows: without them PostgreSQL plans a
 * 3-million-row table as if it were empty (seen: a keyed lookup turned into a 1-second scan), and
 * autovacuum, which would analyze them, may be off or late. Counts the rows a run writes and
 * analyzes the tables each time the count doubles, from `first` on — a handful of ANALYZEs per
 * run, whatever its size.
 */
export class PlannerStatistics {
  private written = 0;
  private next: number;

  constructor(private readonly pool: Pool, private readonly tables: readonly string[], first = 10_000) {
    this.next = first;
  }

  /** Counts `rows` more written; refreshes the statistics when the count has doubled since the last time. */
  async wrote(rows: number): Promise<void> {
    this.written += rows;
    if (this.written < this.next) return;
    this.next = this.written * 2;
    await analyzeTables(this.pool, this.tables);
  }
}

/**
 * ANALYZE of the given tables. Best effort: a concurrent ANALYZE of the same table (two pulls at
 * once) may fail with "tuple concurrently updated", which leaves statistics just as fresh.
 */
export async function analyzeTables(pool: Pool, tables: readonly string[]): Promise<void> {
  try {
    await pool.query(`analyze ${tables.map((t) => `"${t}"`).join(', ')}`);
  } catch (error) {
    logger.debug({ tables, err: error }, 'analyze skipped');
  }
}

/**
 * VACUUM ANALYZE of queue-like tables a bulk run has just emptied (resolution_queue, golden_dirty,
 * coverage_dirty): millions of dead rows would otherwise stay in their indexes and heaps until
 * autovacuum — which may be off — comes by, and every later scan would wade through them.
 * Best effort, like {@link analyzeTables}; runs outside any transaction.
 */
export async function vacuumTables(pool: Pool, tables: readonly string[]): Promise<void> {
  try {
    await pool.query(`vacuum (analyze) ${tables.map((t) => `"${t}"`).join(', ')}`);
  } catch (error) {
    logger.debug({ tables, err: error }, 'vacuum skipped');
  }
}
