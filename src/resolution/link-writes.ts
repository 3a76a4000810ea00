import type { PoolClient } from 'pg';
import { attributesOf } from './record-attributes';
import { recordKeyOf, type PendingRecord } from './pending-records';

/** A record's link to its organization, as decided. */
export interface LinkRow {
  record: PendingRecord;
  organizationId: string;
  weight: number;
  reasons: Array<Record<string, unknown>>;
  decidedBy: string;
}

/**
 * Writes each record's link with what the record states about its organization (its attributes,
 * with their provenance: the record version and when it was observed) — replacing what the same
 * record key's earlier version stated.
 */
export async function upsertLinks(client: PoolClient, links: LinkRow[]): Promise<void> {
  if (links.length === 0) return;
  // One JSON parameter: the driver would escape arrays of JSON texts element by element.
  const rows = links.map((l) => ({
    s: l.record.source,
    st: l.record.stream,
    k: l.record.record_key,
    o: l.organizationId,
    w: l.weight,
    r: l.reasons,
    d: l.decidedBy,
    id: l.record.id,
    a: statedAttributes(l.record),
    at: observedAt(l.record),
  }));
  await client.query(
    `insert into record_link (source, stream, record_key, organization_id, weight, reasons,
       decided_by, source_record_id, attributes,
                              observed_at, decided_at)
     select t.s, t.st, t.k, t.o, t.w, t.r, t.d, t.id, t.a, t.at, now()
       from jsonb_to_recordset($1::jsonb) as t(s text, st text, k text, o bigint, w float8, r jsonb,
         d text, id bigint, a jsonb, at timestamptz)
     on conflict (source, stream, record_key) do update
     set organization_id = excluded.organization_id,
       weight = excluded.weight, reasons = excluded.reasons, decided_by = excluded.decided_by,
         source_record_id = excluded.source_record_id,
       attributes = excluded.attributes, observed_at = excluded.observed_at, decided_at = now()`,
    [JSON.stringify(rows)],
  );
}

/** Removes the links of records that no longer resolve to any organization. */
export async function removeLinks(client: PoolClient, records: PendingRecord[]): Promise<void> {
  if (records.length === 0) return;
  await client.query(
    `delete from record_link l using unnest($1::text[], $2::text[], $3::text[]) as t(s, st, k)
      where l.source = t.s and l.stream = t.st and l.record_key = t.k`,
    [records.map((r) => r.source), records.map((r) => r.stream), records.map((r) => r.record_key)],
  );
}

/** The record's attributes as one object (name → value). */
function statedAttributes(record: PendingRecord): Record<string, unknown> {
  return Object.fromEntries(attributesOf(record.canonical).map((a) => [a.name, a.value]));
}

/**
 * When the department observed the record: its own stamp when it has one, else when it was fetched.
 */
function observedAt(record: PendingRecord): Date {
  return record.canonical.observedAt ? new Date(record.canonical.observedAt) : record.observed_at;
}

/**
 * Organization each record key was linked to by an earlier run (a key's first version has none to
 * look up).
 */
export async function existingLinks(
  client: PoolClient,
  pending: PendingRecord[],
): Promise<Map<string, string>> {
  const rows = pending.filter((row) => !row.first_version);
  if (rows.length === 0) return new Map();
  const result = await client.query<{
    source: string;
    stream: string;
    record_key: string;
    organization_id: string;
  }>(
    `select l.source, l.stream, l.record_key, l.organization_id from record_link l
       join unnest($1::text[], $2::text[], $3::text[]) as t(s, st, k) on l.source = t.s
         and l.stream = t.st and l.record_key = t.k`,
    [rows.map((r) => r.source), rows.map((r) => r.stream), rows.map((r) => r.record_key)],
  );
  return new Map(result.rows.map((r) => [recordKeyOf(r), r.organization_id]));
}
