import type { Pool, PoolClient } from 'pg';
import type { CanonicalRecord } from '../canonical/canonical-record';
import { inTransaction } from '../storage/sql-pool';
import { decideLink, validUscc } from './deterministic-link';
import { attributesOf } from './record-attributes';
import { refreshGoldenRecords } from './golden-records';

export interface ResolutionCounts {
  records: number;
  organizationsCreated: number;
  organizationsTouched: number;
}

interface PendingRow {
  id: string;
  source: string;
  stream: string;
  record_key: string;
  canonical: CanonicalRecord;
  observed_at: Date;
}

/**
 * Resolves every landed record version that is current and not yet resolved, in chunks, each chunk
 * one transaction: link to an organization (creating it when new), replace the attributes the
 * record states, recompute the touched organizations' golden values, mark the records resolved.
 * Callers hold the resolution lock, so chunks never race each other.
 */
export async function resolvePending(pool: Pool, chunkSize = 2000, onChunk?: (c: ResolutionCounts) => void): Promise<ResolutionCounts> {
  const total: ResolutionCounts = { records: 0, organizationsCreated: 0, organizationsTouched: 0 };
  for (;;) {
    const counts = await inTransaction(pool, (client) => resolveChunk(client, chunkSize));
    if (counts.records === 0) return total;
    total.records += counts.records;
    total.organizationsCreated += counts.organizationsCreated;
    total.organizationsTouched += counts.organizationsTouched;
    onChunk?.(total);
  }
}

async function resolveChunk(client: PoolClient, chunkSize: number): Promise<ResolutionCounts> {
  const pending = await client.query<PendingRow>(
    `select id, source, stream, record_key, canonical, last_seen_at as observed_at from source_record
      where resolved_at is null and is_current order by id limit $1`,
    [chunkSize],
  );
  const rows = pending.rows;
  if (rows.length === 0) return { records: 0, organizationsCreated: 0, organizationsTouched: 0 };

  const usccs = [...new Set(rows.map((r) => validUscc(r.canonical)).filter((u): u is string => !!u))];
  const byUscc = new Map(
    (await client.query<{ value: string; organization_id: string }>(
      `select value, organization_id from organization_identifier where scheme = 'uscc' and value = any($1::text[])`, [usccs],
    )).rows.map((r) => [r.value, r.organization_id]),
  );
  const linkedRows = await client.query<{ source: string; stream: string; record_key: string; organization_id: string }>(
    `select l.source, l.stream, l.record_key, l.organization_id from record_link l
       join unnest($1::text[], $2::text[], $3::text[]) as t(s, st, k) on l.source = t.s and l.stream = t.st and l.record_key = t.k`,
    [rows.map((r) => r.source), rows.map((r) => r.stream), rows.map((r) => r.record_key)],
  );
  const linked = new Map(linkedRows.rows.map((r) => [`${r.source}\u0000${r.stream}\u0000${r.record_key}`, r.organization_id]));

  let created = 0;
  const organizationOf: string[] = [];
  const decisions = [];
  for (const row of rows) {
    const decision = decideLink(row.canonical, { byUscc, linked: linked.get(`${row.source}\u0000${row.stream}\u0000${row.record_key}`) });
    let organizationId = decision.organizationId;
    if (!organizationId) {
      organizationId = await createOrganization(client, row.canonical, decision.uscc);
      created++;
      if (decision.uscc) byUscc.set(decision.uscc, organizationId);
    }
    organizationOf.push(organizationId);
    decisions.push(decision);
  }

  await client.query(
    `insert into record_link (source, stream, record_key, organization_id, weight, reasons, decided_by, decided_at)
     select * , now() from unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::float8[], $6::jsonb[], $7::text[])
     on conflict (source, stream, record_key) do update set organization_id = excluded.organization_id,
       weight = excluded.weight, reasons = excluded.reasons, decided_by = excluded.decided_by, decided_at = now()`,
    [rows.map((r) => r.source), rows.map((r) => r.stream), rows.map((r) => r.record_key), organizationOf,
      decisions.map((d) => d.weight), decisions.map((d) => JSON.stringify(d.reasons)), decisions.map((d) => d.decidedBy)],
  );
  await recordIdentifiers(client, rows, organizationOf);
  await replaceAttributes(client, rows, organizationOf);
  // An organization a record left (its USCC changed) must lose that record's values too.
  const touched = [...new Set([...organizationOf, ...linked.values()])];
  await refreshGoldenRecords(client, touched);
  await client.query('update source_record set resolved_at = now() where id = any($1::bigint[])', [rows.map((r) => r.id)]);
  return { records: rows.length, organizationsCreated: created, organizationsTouched: touched.length };
}

async function createOrganization(client: PoolClient, record: CanonicalRecord, uscc: string | null): Promise<string> {
  const result = await client.query<{ id: string }>(
    `insert into organization (uscc, name, kind, status, active, created_at, updated_at)
     values ($1, $2, $3, $4, $5, now(), now()) returning id`,
    [uscc, record.name ?? record.key, record.kind ?? 'OTHER', record.status?.raw ?? null, record.status?.active ?? true],
  );
  const id = result.rows[0].id;
  if (uscc) {
    await client.query(
      `insert into organization_identifier (scheme, value, organization_id, first_seen_at) values ('uscc', $1, $2, now())`,
      [uscc, id],
    );
  }
  return id;
}

/** Valid identifiers other than the USCC (registration number, organization code…) point to the organization too. */
async function recordIdentifiers(client: PoolClient, rows: PendingRow[], organizationOf: string[]): Promise<void> {
  const schemes: string[] = [];
  const values: string[] = [];
  const owners: string[] = [];
  rows.forEach((row, i) => {
    for (const claim of row.canonical.identifiers) {
      if (!claim.valid || !claim.normalized || claim.scheme === 'uscc') continue;
      schemes.push(claim.scheme);
      values.push(claim.normalized);
      owners.push(organizationOf[i]);
    }
  });
  if (schemes.length === 0) return;
  await client.query(
    `insert into organization_identifier (scheme, value, organization_id, first_seen_at)
     select s, v, o, now() from unnest($1::text[], $2::text[], $3::bigint[]) as t(s, v, o)
     on conflict (scheme, value) do nothing`,
    [schemes, values, owners],
  );
}

async function replaceAttributes(client: PoolClient, rows: PendingRow[], organizationOf: string[]): Promise<void> {
  // Attributes of a record's older versions give way to its current version's.
  await client.query(
    `delete from organization_attribute a using source_record s
      where a.source_record_id = s.id and (s.source, s.stream, s.record_key) in
            (select * from unnest($1::text[], $2::text[], $3::text[]))`,
    [rows.map((r) => r.source), rows.map((r) => r.stream), rows.map((r) => r.record_key)],
  );
  const org: string[] = [], name: string[] = [], value: string[] = [], source: string[] = [], recordId: string[] = [], at: Date[] = [];
  rows.forEach((row, i) => {
    const observedAt = row.canonical.observedAt ? new Date(row.canonical.observedAt) : row.observed_at;
    for (const attribute of attributesOf(row.canonical)) {
      org.push(organizationOf[i]); name.push(attribute.name); value.push(JSON.stringify(attribute.value));
      source.push(row.source); recordId.push(row.id); at.push(observedAt);
    }
  });
  await client.query(
    `insert into organization_attribute (organization_id, name, value, source, source_record_id, observed_at)
     select * from unnest($1::bigint[], $2::text[], $3::jsonb[], $4::text[], $5::bigint[], $6::timestamptz[])`,
    [org, name, value, source, recordId, at],
  );
}
