import type { Pool } from 'pg';
import { logger } from '../runtime/logger';

/**
 * Keeps the planner's statistics of tables a bulk load grows: without them PostgreSQL plans a
 * 3-million-row table as if it were empty (seen: a keyed lookup turned into a 1-second scan), and
 * autovacuum, which would analyze them, may be off or late. Every `checkEvery` rows a run writes it
 * asks the server which of its tables have seen at least as many changes since their last ANALYZE
 * as they had rows then (they doubled, or churned as much), and analyzes those alone. The server's
 * own counters make the rule hub-wide: seven pulls or two workers growing one table analyze it
 * once per doubling between them, not once each.
 */
export class PlannerStatistics {
  private sinceCheck = 0;

  constructor(
    private readonly pool: Pool,
    private readonly tables: readonly string[],
    private readonly checkEvery = 10_000,
  ) {}

  /** Counts `rows` more written; every `checkEvery` rows, analyzes the tables that have doubled. */
  async wrote(rows: number): Promise<void> {
    this.sinceCheck += rows;
    if (this.sinceCheck < this.checkEvery) return;
    this.sinceCheck = 0;
    await analyzeGrownTables(this.pool, this.tables, this.checkEvery);
  }
}

/**
 * ANALYZE of those of `tables` whose changes since their last ANALYZE (`n_mod_since_analyze`) reach
 * `share` of their row count then plus `minimum` (a never-analyzed table counts 0 rows): by default
 * they doubled. Returns the tables analyzed.
 */
export async function analyzeGrownTables(
  pool: Pool,
  tables: readonly string[],
  minimum: number,
  share = 1,
): Promise<string[]> {
  const grown = await pool.query<{ relname: string }>(
    `select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid
      where s.schemaname = current_schema() and s.relname = any($1::text[])
        and s.n_mod_since_analyze >= greatest(c.reltuples, 0) * $3 + $2`,
    [tables, minimum, share],
  );
  const names = grown.rows.map((r) => r.relname);
  if (names.length > 0) await analyzeTables(pool, names);
  return names;
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
 * VACUUM (ANALYZE) of those of `tables` whose dead row versions reach `minimumDead` and `share` of
 * their live rows. Bulk work leaves them spread over most pages (golden values rewritten once per
 * organization, every key of a full re-pull seen again, queues emptied); autovacuum — which may be
 * off, or waits for a fifth of the table — would clear them, and until then each later delta that
 * touches such a page prunes it first and logs the whole page to the WAL again (seen at 1M: a
 * delta's golden updates went from 26,000 to 10,600 page images). Returns the tables it vacuumed.
 */
export async function vacuumChurnedTables(
  pool: Pool,
  tables: readonly string[],
  minimumDead: number,
  share = 0.05,
): Promise<string[]> {
  const churned = await pool.query<{ relname: string }>(
    `select relname from pg_stat_user_tables
      where schemaname = current_schema() and relname = any($1::text[])
        and n_dead_tup >= greatest($2::float8, $3::float8 * n_live_tup)
      order by relname`,
    [tables, minimumDead, share],
  );
  const names = churned.rows.map((r) => r.relname);
  if (names.length > 0) await vacuumTables(pool, names);
  return names;
}

/**
 * VACUUM (ANALYZE) of the given tables, such as queues a bulk phase has just emptied
 * (resolution_queue, golden_dirty) before the next phase scans them. `skip_locked`: a table another
 * session is vacuuming is left to it. Best effort, like {@link analyzeTables}; runs outside any
 * transaction.
 */
export async function vacuumTables(pool: Pool, tables: readonly string[]): Promise<void> {
  try {
    await pool.query(`vacuum (analyze, skip_locked) ${tables.map((t) => `"${t}"`).join(', ')}`);
  } catch (error) {
    logger.debug({ tables, err: error }, 'vacuum skipped');
  }
}
