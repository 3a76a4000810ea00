import DataLoader from 'dataloader';
import type { Pool } from 'pg';
import type { CoverageFacts } from '../src/coverage/coverage-facts';

export interface SourceRecordRef {
  organizationId: string;
  source: string;
  stream: string;
  key: string;
  contentHash: string;
  origin: string;
  firstSeenAt: Date;
  fetchedAt: Date;
}

/** A linked department record by its keys alone. */
export type SourceRecordKey = Pick<SourceRecordRef, 'organizationId' | 'source' | 'stream' | 'key'>;

/** The fields of a source record beyond its keys: asking for one needs the full rows. */
export const SOURCE_RECORD_PROVENANCE = [
  'contentHash',
  'origin',
  'firstSeenAt',
  'fetchedAt',
] as const satisfies ReadonlyArray<Exclude<keyof SourceRecordRef, keyof SourceRecordKey>>;

export interface AttributeRow {
  organizationId: string;
  name: string;
  value: unknown;
  source: string;
  observedAt: Date;
  recordKey: string;
  stream: string;
}

export interface LinkRow {
  organizationId: string;
  source: string;
  stream: string;
  key: string;
  weight: number;
  reasons: Array<Record<string, unknown>>;
  decidedBy: string;
  decidedAt: Date;
}

export interface IdentifierRow {
  organizationId: string;
  scheme: string;
  value: string;
}

export interface MergeRow {
  organizationId: string;
  survivorId: string;
  retiredId: string;
  decidedBy: string;
  evidence: unknown;
  mergedAt: Date;
}

export interface CoverageRow {
  organizationId: string;
  facts: CoverageFacts;
  validFrom: Date;
}

/** Batching loaders, so a page of organizations costs one query per field, not one per row. */
export interface Loaders {
  /** Current coverage evaluation per organization, one loader per rule set. */
  coverage(ruleSet: string): DataLoader<string, CoverageRow[]>;
  sourceRecords: DataLoader<string, SourceRecordRef[]>;
  /**
   * Source records a list resolver fetched with its page: into the loader, and readable without a
   * promise.
   */
  primeSourceRecords(organizationId: string, records: SourceRecordRef[]): void;
  /** An organization's source records: at once when primed, else through the loader. */
  sourceRecordsOf(organizationId: string): SourceRecordRef[] | Promise<SourceRecordRef[]>;
  /** Primes an organization's linked record keys (a page that asked for nothing more). */
  primeSourceRecordKeys(organizationId: string, keys: SourceRecordKey[]): void;
  /** The linked record keys, primed or else from the full source records. */
  sourceRecordKeysOf(
    organizationId: string,
  ): SourceRecordKey[] | SourceRecordRef[] | Promise<SourceRecordRef[]>;
  attributes: DataLoader<string, AttributeRow[]>;
  links: DataLoader<string, LinkRow[]>;
  identifiers: DataLoader<string, IdentifierRow[]>;
  /** Merges into each organization, and into ids merged into it since, oldest first. */
  merges: DataLoader<string, MergeRow[]>;
}

export function createLoaders(pool: Pool): Loaders {
  const coverage = new Map<string, DataLoader<string, CoverageRow[]>>();
  const primedSourceRecords = new Map<string, SourceRecordRef[]>();
  const primedSourceRecordKeys = new Map<string, SourceRecordKey[]>();
  const sourceRecords = groupedLoader<SourceRecordRef>(
    pool,
    `select l.organization_id as "organizationId", s.source, s.stream, s.record_key as key,
            s.content_hash as "contentHash",
            s.origin, s.first_seen_at as "firstSeenAt", s.last_seen_at as "fetchedAt"
       from record_link l
       join current_source_record s on s.source = l.source and s.stream = l.stream
         and s.record_key = l.record_key
      where l.organization_id = any($1::bigint[]) order by s.source, s.stream, s.record_key`,
  );
  return {
    coverage: (ruleSet) => {
      let loader = coverage.get(ruleSet);
      if (!loader) {
        loader = groupedLoader<CoverageRow>(
          pool,
          `select organization_id as "organizationId", facts, valid_from as "validFrom"
           from coverage_fact
            where organization_id = any($1::bigint[]) and rule_set = $2 and valid_to is null`,
          [ruleSet],
        );
        coverage.set(ruleSet, loader);
      }
      return loader;
    },
    sourceRecords,
    primeSourceRecords: (organizationId, records) => {
      sourceRecords.prime(organizationId, records);
      if (!primedSourceRecords.has(organizationId))
        primedSourceRecords.set(organizationId, records);
    },
    sourceRecordsOf: (organizationId) =>
      primedSourceRecords.get(organizationId) ?? sourceRecords.load(organizationId),
    primeSourceRecordKeys: (organizationId, keys) => {
      if (!primedSourceRecordKeys.has(organizationId))
        primedSourceRecordKeys.set(organizationId, keys);
    },
    sourceRecordKeysOf: (organizationId) =>
      primedSourceRecordKeys.get(organizationId) ??
      primedSourceRecords.get(organizationId) ??
      sourceRecords.load(organizationId),
    attributes: groupedLoader(
      pool,
      `select a.organization_id as "organizationId", a.name, a.value, a.source,
              a.observed_at as "observedAt",
              s.record_key as "recordKey", s.stream
         from organization_attribute a join source_record s on s.id = a.source_record_id
        where a.organization_id = any($1::bigint[]) order by a.name, a.source, a.observed_at desc`,
    ),
    links: groupedLoader(
      pool,
      `select organization_id as "organizationId", source, stream, record_key as key, weight,
              reasons, decided_by as "decidedBy", decided_at as "decidedAt"
         from record_link where organization_id = any($1::bigint[])
         order by source, stream, record_key`,
    ),
    identifiers: groupedLoader(
      pool,
      `select organization_id as "organizationId", scheme, value from organization_identifier
        where organization_id = any($1::bigint[]) order by scheme, value`,
    ),
    merges: groupedLoader(
      pool,
      `select coalesce(a.organization_id, m.survivor_id) as "organizationId",
              m.survivor_id as "survivorId",
              m.retired_id as "retiredId", m.decided_by as "decidedBy", m.evidence,
                m.merged_at as "mergedAt"
         from organization_merge m left join organization_alias a on a.retired_id = m.survivor_id
        where m.survivor_id = any($1::bigint[])
           or m.survivor_id in (select retired_id from organization_alias
             where organization_id = any($1::bigint[]))
        order by m.merged_at, m.id`,
    ),
  };
}

/**
 * A loader running one query for a batch of organization ids and grouping its rows by organization.
 */
function groupedLoader<T extends { organizationId: string }>(
  pool: Pool,
  sql: string,
  extra: unknown[] = [],
): DataLoader<string, T[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const result = await pool.query<T>(sql, [ids, ...extra]);
    const grouped = new Map<string, T[]>();
    for (const row of result.rows) {
      const key = String(row.organizationId);
      const rows = grouped.get(key);
      if (rows) rows.push(row);
      else grouped.set(key, [row]);
    }
    return ids.map((id) => grouped.get(id) ?? []);
  });
}
