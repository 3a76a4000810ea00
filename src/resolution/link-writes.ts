import type { PoolClient } from 'pg';
import { attributesOf } from './record-attributes';
import type { PendingRecord } from './pending-records';

/** A record's link to its organization, as decided. */
export interface LinkRow {
  record: PendingRecord;
  organizationId: string;
  weight: number;
  reasons: Array<Record<string, unknown>>;
  decidedBy: string;
}

export async function upsertLinks(client: PoolClient, links: LinkRow[]): Promise<void> {
  if (links.length === 0) return;
  await client.query(
    `insert into record_link (source, stream, record_key, organization_id, weight, reasons, decided_by, decided_at)
     select *, now() from unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::float8[], $6::jsonb[], $7::text[])
     on conflict (source, stream, record_key) do update set organization_id = excluded.organization_id,
       weight = excluded.weight, reasons = excluded.reasons, decided_by = excluded.decided_by, decided_at = now()`,
    [
      links.map((l) => l.record.source), links.map((l) => l.record.stream), links.map((l) => l.record.record_key),
      links.map((l) => l.organizationId), links.map((l) => l.weight), links.map((l) => JSON.stringify(l.reasons)),
      links.map((l) => l.decidedBy),
    ],
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

/**
 * The attributes a record states replace those of the same record key's earlier versions (with
 * their provenance: source record and observation time).
 */
export async function replaceAttributes(client: PoolClient, links: LinkRow[], records: PendingRecord[] = links.map((l) => l.record)): Promise<void> {
  if (records.length === 0) return;
  await client.query(
    `delete from organization_attribute a using source_record s
      where a.source_record_id = s.id and (s.source, s.stream, s.record_key) in
            (select * from unnest($1::text[], $2::text[], $3::text[]))`,
    [records.map((r) => r.source), records.map((r) => r.stream), records.map((r) => r.record_key)],
  );
  const org: string[] = [], name: string[] = [], value: string[] = [], source: string[] = [], recordId: string[] = [], at: Date[] = [];
  for (const { record, organizationId } of links) {
    const observedAt = record.canonical.observedAt ? new Date(record.canonical.observedAt) : record.observed_at;
    for (const attribute of attributesOf(record.canonical)) {
      org.push(organizationId); name.push(attribute.name); value.push(JSON.stringify(attribute.value));
      source.push(record.source); recordId.push(record.id); at.push(observedAt);
    }
  }
  if (org.length === 0) return;
  await client.query(
    `insert into organization_attribute (organization_id, name, value, source, source_record_id, observed_at)
     select * from unnest($1::bigint[], $2::text[], $3::jsonb[], $4::text[], $5::bigint[], $6::timestamptz[])`,
    [org, name, value, source, recordId, at],
  );
}
