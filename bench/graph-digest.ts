import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { GAP_FLAGS, RULE_FLAGS } from '../src/model/rule-flags';

/**
 * What two runs over the same landed data must agree on, whatever order, faults or retries came
 * between: the partition of record keys into organizations (ids differ, the partition not), the
 * current gap lists of the built-in rule set, the set of quarantined inputs, and the landing's
 * record counts (none lost, none twice).
 */
export interface GraphDigest {
  organizations: number;
  /** current_record rows per source: a record lost or landed twice changes them. */
  records: Record<string, number>;
  /** source_record rows (stored versions) per source: a version written twice changes them. */
  versions: Record<string, number>;
  /** Gap counts per flag. */
  gapCounts: Record<string, number>;
  quarantined: number;
  digests: { partition: string; gaps: string; quarantine: string; all: string };
}

/** The graph as sets of record keys, one per organization, sorted. */
export async function partitionOf(pool: Pool): Promise<string[]> {
  const organizations = await pool.query<{ keys: string }>(
    `select string_agg(source || '/' || stream || '/' || record_key, ' '
                       order by source, stream, record_key) as keys
       from record_link group by organization_id`,
  );
  return organizations.rows.map((r) => r.keys).sort();
}

/** The gap columns of `coverage_fact` (one per gap of the rule-flag catalog). */
export const GAP_COLUMNS = GAP_FLAGS.map((flag) => RULE_FLAGS[flag].column);

/** Current gaps per flag of the built-in rule set, each as the organization's first record key. */
export async function gapsOf(pool: Pool): Promise<Record<string, string[]>> {
  const gaps: Record<string, string[]> = {};
  for (const flag of GAP_COLUMNS) {
    const rows = await pool.query<{ key: string }>(
      `select min(l.source || '/' || l.stream || '/' || l.record_key) as key
         from coverage_fact f join record_link l on l.organization_id = f.organization_id
        where f.valid_to is null and f.rule_set = 'shaanxi-2021' and f.${flag}
        group by f.organization_id`,
    );
    gaps[flag] = rows.rows.map((r) => r.key).sort();
  }
  return gaps;
}

/**
 * What was quarantined, once each: a page read again after a retry quarantines its bad records
 * again under the new run, so the set (not the rows) is what a clean run must match.
 */
export async function quarantineOf(pool: Pool): Promise<string[]> {
  const rows = await pool.query<{ entry: string }>(
    `select distinct source || '/' || stream || '/' || reason || '/' ||
                     coalesce(record_key, position, '') as entry
       from quarantine_entry`,
  );
  return rows.rows.map((r) => r.entry).sort();
}

/** The digest of the graph in the database of `pool` (see {@link GraphDigest}). */
export async function graphDigest(pool: Pool): Promise<GraphDigest> {
  const partition = await partitionOf(pool);
  const gaps = await gapsOf(pool);
  const quarantine = await quarantineOf(pool);
  const records = await pool.query<{ source: string; n: string }>(
    'select source, count(*) as n from current_record group by source order by source',
  );
  const versions = await pool.query<{ source: string; n: string }>(
    'select source, count(*) as n from source_record group by source order by source',
  );
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
  const gapText = GAP_COLUMNS.map((flag) => `${flag}: ${gaps[flag].join(' ')}`).join('\n');
  const digests = {
    partition: hash(partition.join('\n')),
    gaps: hash(gapText),
    quarantine: hash(quarantine.join('\n')),
  };
  return {
    organizations: partition.length,
    records: Object.fromEntries(records.rows.map((r) => [r.source, Number(r.n)])),
    versions: Object.fromEntries(versions.rows.map((r) => [r.source, Number(r.n)])),
    gapCounts: Object.fromEntries(GAP_COLUMNS.map((flag) => [flag, gaps[flag].length])),
    quarantined: quarantine.length,
    digests: { ...digests, all: hash(Object.values(digests).join(' ')) },
  };
}
