import type { PoolClient } from 'pg';
import type { CanonicalRecord } from '../canonical/canonical-record';
import { markCoverageDirty } from './coverage-dirty';
import { refreshGoldenRecords } from './golden-records';
import { removeLinks, replaceAttributes, upsertLinks, type LinkRow } from './link-writes';
import type { PendingRecord } from './pending-records';
import { prefetchReferenceLookups } from './reference-lookups';
import { resolveReference, type ReferenceLookups, type UnitReference } from './reference-resolution';

/**
 * Resolves roster records: Party organizations and unions become nodes of their own with
 * "covered by" edges to the organizations their covered units resolve to; member-distribution rows
 * link to their unit's organization and state its Party members. Returns how many references
 * stayed unresolved (retried when new organizations arrive).
 */
export async function resolveRosterChunk(client: PoolClient, rows: PendingRecord[]): Promise<{ records: number; unresolved: number }> {
  const references: UnitReference[] = rows.flatMap((row) =>
    row.canonical.entity === 'member-distribution'
      ? [{ identifier: row.canonical.identifiers[0] ?? null, name: row.canonical.name ?? '' }]
      : row.canonical.coverage?.coveredUnits ?? [],
  );
  const lookups = await prefetchReferenceLookups(client, references);
  let unresolved = 0;
  const distribution = rows.filter((r) => r.canonical.entity === 'member-distribution');
  unresolved += await resolveMemberDistribution(client, distribution, lookups);
  for (const row of rows) {
    if (row.canonical.entity === 'party-organization') unresolved += await upsertBody(client, 'party', row, lookups);
    if (row.canonical.entity === 'trade-union') unresolved += await upsertBody(client, 'union', row, lookups);
  }
  return { records: rows.length, unresolved };
}

async function resolveMemberDistribution(client: PoolClient, rows: PendingRecord[], lookups: ReferenceLookups): Promise<number> {
  const links: LinkRow[] = [];
  const orphans: PendingRecord[] = [];
  for (const row of rows) {
    const resolution = resolveReference({ identifier: row.canonical.identifiers[0] ?? null, name: row.canonical.name ?? '' }, lookups);
    if (!resolution.organizationId) orphans.push(row);
    else links.push({ record: row, organizationId: resolution.organizationId, weight: 1000, reasons: [{ field: 'unit', level: resolution.how, ...resolution.detail }], decidedBy: `rule:${resolution.how}` });
  }
  await upsertLinks(client, links);
  await removeLinks(client, orphans);
  await replaceAttributes(client, links, rows);
  await refreshGoldenRecords(client, [...new Set(links.map((l) => l.organizationId))]);
  return orphans.length;
}

async function upsertBody(client: PoolClient, side: 'party' | 'union', row: PendingRecord, lookups: ReferenceLookups): Promise<number> {
  const c: CanonicalRecord = row.canonical;
  const coverage = c.coverage;
  if (!coverage) return 0;
  const uscc = c.identifiers.find((id) => id.scheme === 'uscc' && id.valid)?.normalized ?? null;
  const common = [row.record_key, c.name ?? row.record_key, coverage.form, c.status?.raw ?? null, c.status?.active ?? true,
    c.divisionCode ?? null, c.establishedOn ?? null, coverage.venue ? JSON.stringify(coverage.venue) : null, row.id];
  const body = side === 'party'
    ? await client.query<{ id: string }>(
      `insert into party_organization (record_key, name, form, status, active, division_code, established_on, venue, source_record_id,
                                       level, area_kind, area_name, sponsor_name, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())
       on conflict (record_key) do update set name = excluded.name, form = excluded.form, status = excluded.status,
         active = excluded.active, division_code = excluded.division_code, established_on = excluded.established_on,
         venue = excluded.venue, source_record_id = excluded.source_record_id, level = excluded.level,
         area_kind = excluded.area_kind, area_name = excluded.area_name, sponsor_name = excluded.sponsor_name, updated_at = now()
       returning id`,
      [...common, coverage.level ?? null, coverage.area?.kind ?? null, coverage.area?.name ?? null, coverage.sponsor?.name ?? null])
    : await client.query<{ id: string }>(
      `insert into trade_union (record_key, name, form, status, active, division_code, established_on, venue, source_record_id,
                                uscc, members, employees_reported, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
       on conflict (record_key) do update set name = excluded.name, form = excluded.form, status = excluded.status,
         active = excluded.active, division_code = excluded.division_code, established_on = excluded.established_on,
         venue = excluded.venue, source_record_id = excluded.source_record_id, uscc = excluded.uscc,
         members = excluded.members, employees_reported = excluded.employees_reported, updated_at = now()
       returning id`,
      [...common, uscc, coverage.members ?? null, c.employees ?? null]);
  const bodyId = body.rows[0].id;
  const previous = await client.query<{ organization_id: string | null }>(
    'delete from coverage_edge where side = $1 and body_id = $2 returning organization_id', [side, bodyId],
  );
  let unresolved = 0;
  const edges = coverage.coveredUnits.map((unit) => {
    const resolution = resolveReference(unit, lookups);
    if (!resolution.organizationId) unresolved++;
    return { unit, resolution };
  });
  if (edges.length > 0) {
    await client.query(
      `insert into coverage_edge (side, body_id, organization_id, form, unit_uscc_raw, unit_name, resolution)
       select $1, $2, t.o, $3, t.u, t.n, t.r from unnest($4::bigint[], $5::text[], $6::text[], $7::jsonb[]) as t(o, u, n, r)`,
      [side, bodyId, coverage.form, edges.map((e) => e.resolution.organizationId), edges.map((e) => e.unit.identifier?.raw ?? null),
        edges.map((e) => e.unit.name), edges.map((e) => JSON.stringify({ how: e.resolution.how, ...e.resolution.detail }))],
    );
  }
  await markCoverageDirty(client, [...previous.rows.map((r) => r.organization_id), ...edges.map((e) => e.resolution.organizationId)]);
  return unresolved;
}
