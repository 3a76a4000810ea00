import type { Pool, PoolClient } from 'pg';
import type { CanonicalRecord } from '../canonical/canonical-record';
import { markCoverageDirty } from './coverage-dirty';
import { deferGoldenRecords } from './golden-records';
import { existingLinks, removeLinks, upsertLinks, type LinkRow } from './link-writes';
import type { PendingRecord, Postpone } from './pending-records';
import { enqueueForResolution } from '../landing/resolution-queue';
import { prefetchReferenceLookups, prefetchUsccLookups } from './reference-lookups';
import {
  resolveReference,
  type ReferenceLookups,
  type ReferenceResolution,
  type UnitReference,
} from './reference-resolution';

/** Roster records resolved, and references among them that no organization matched. */
export interface RosterCounts {
  records: number;
  unresolved: number;
}

/**
 * Resolves roster records: Party organizations and unions become nodes of their own with "covered
 * by" edges to the organizations their covered units resolve to; member-distribution rows link to
 * their unit's organization and state its Party members. Returns how many references stayed
 * unresolved; their records are kept in `unresolved_reference` to be retried when new organizations
 * arrive.
 */
export async function resolveRosterChunk(
  client: PoolClient,
  rows: PendingRecord[],
): Promise<RosterCounts> {
  const references: UnitReference[] = rows.flatMap((row) =>
    row.canonical.entity === 'member-distribution'
      ? [unitOf(row)]
      : (row.canonical.coverage?.coveredUnits ?? []),
  );
  const lookups = await prefetchReferenceLookups(client, references);
  const distribution = rows.filter((r) => r.canonical.entity === 'member-distribution');
  const party = await upsertBodies(
    client,
    'party',
    rows.filter((r) => r.canonical.entity === 'party-organization'),
    lookups,
  );
  const union = await upsertBodies(
    client,
    'union',
    rows.filter((r) => r.canonical.entity === 'trade-union'),
    lookups,
  );
  const unresolved = [
    ...(await resolveMemberDistribution(client, distribution, lookups)),
    ...party.unresolved,
    ...union.unresolved,
  ];
  // One mark for both sides: parallel chunks, each marking in two statements, locked in a cycle at
  // a million organizations.
  await markCoverageDirty(client, [...party.edgesChanged, ...union.edgesChanged]);
  await recordUnresolved(client, rows, unresolved);
  return { records: rows.length, unresolved: unresolved.length };
}

/**
 * Files the chunk's records that still name an unmatched unit in `unresolved_reference` (one id per
 * unresolved reference given) and takes the others off it, so that a retry finds them by key.
 */
async function recordUnresolved(
  client: PoolClient,
  rows: PendingRecord[],
  unresolved: string[],
): Promise<void> {
  await client.query(
    'delete from unresolved_reference where source_record_id = any($1::bigint[])',
    [rows.map((r) => r.id)],
  );
  if (unresolved.length === 0) return;
  await client.query(
    `insert into unresolved_reference (source_record_id) select distinct unnest($1::bigint[])
     on conflict do nothing`,
    [unresolved],
  );
}

/**
 * Links member-distribution records to their units' organizations, leaving those organizations'
 * golden values deferred; returns the ids of the records no organization matched.
 */
async function resolveMemberDistribution(
  client: PoolClient,
  rows: PendingRecord[],
  lookups: ReferenceLookups,
): Promise<string[]> {
  const links: LinkRow[] = [];
  const orphans: PendingRecord[] = [];
  for (const row of rows) {
    const resolution = resolveReference(unitOf(row), lookups);
    if (resolution.organizationId) links.push(unitLink(row, resolution.organizationId, resolution));
    else orphans.push(row);
  }
  const before = await existingLinks(client, rows);
  await upsertLinks(client, links);
  await removeLinks(client, orphans);
  // Recomputed once the roster phase is done, in organization order (see resolvePending) — and the
  // organizations a distribution left, which no longer have its Party members.
  await deferGoldenRecords(client, [...links.map((l) => l.organizationId), ...before.values()]);
  return orphans.map((r) => r.id);
}

/**
 * Links the member-distribution records whose unit's valid USCC an organization holds, as the
 * roster phase would, and postpones the rest to it (a repaired code or a name needs every
 * organization the matcher brings). Run before the deferred golden values are recomputed, it spares
 * their organizations a second recomputation after the roster phase: at a million organizations,
 * most of 456,000.
 */
export async function resolveMemberDistributionByUscc(
  client: PoolClient,
  rows: PendingRecord[],
  postpone: Postpone,
): Promise<RosterCounts> {
  const lookups = await prefetchUsccLookups(client, rows.map(unitOf));
  const links: LinkRow[] = [];
  const later: string[] = [];
  for (const row of rows) {
    const resolution = resolveReference(unitOf(row), lookups);
    if (resolution.how === 'uscc' && resolution.organizationId)
      links.push(unitLink(row, resolution.organizationId, resolution));
    else later.push(row.id);
  }
  postpone(later);
  await upsertLinks(client, links);
  await recordUnresolved(
    client,
    links.map((l) => l.record),
    [],
  );
  await deferGoldenRecords(
    client,
    links.map((l) => l.organizationId),
  );
  return { records: links.length, unresolved: 0 };
}

/**
 * Member distributions naming one of these USCCs that an earlier run could only link by the unit's
 * name (no organization held the code yet) go back on the queue: now that an organization holds the
 * code, the code decides, as it would have had the unit's registry record come first.
 */
export async function requeueDistributionsNaming(
  client: PoolClient,
  usccs: string[],
): Promise<void> {
  if (usccs.length === 0) return;
  await client.query(
    enqueueForResolution(
      `select s.id, s.canonical, false from record_link l
       join source_record s on s.id = l.source_record_id
      where l.source = 'party-org' and l.stream = 'member-distribution'
        and l.record_key = any($1::text[]) and l.decided_by <> 'rule:uscc'`,
    ),
    [usccs],
  );
}

/**
 * Roster records with a reference resolved by the unit's name alone, when an organization founded
 * since `afterId` now uses that name (in any of its records): the name no longer singles one out,
 * so the record is judged
 * again (its reference then goes unresolved, or to what a code finds), as it would have been had
 * that organization been there first.
 */
export async function requeueReferencesNamedLike(pool: Pool, afterId: string): Promise<void> {
  await pool.query(
    enqueueForResolution(
      `with named as (
         select organization_id as id, substr(key, 3) as key from blocking_key
          where key like 'n:%' and organization_id > $1)
     select s.id, s.canonical, false from named o
       join record_link l on l.reasons->0->>'nameKey' = o.key and l.decided_by = 'rule:name'
       join source_record s on s.id = l.source_record_id
      where l.organization_id <> o.id
     union
     select s.id, s.canonical, false from named o
       join coverage_edge e on e.resolution->>'nameKey' = o.key and e.resolution->>'how' = 'name'
       left join party_organization p on e.side = 'party' and p.id = e.body_id
       left join trade_union u on e.side = 'union' and u.id = e.body_id
       join source_record s on s.id = coalesce(p.source_record_id, u.source_record_id)
      where e.organization_id <> o.id`,
    ),
    [afterId],
  );
}

/** The unit a member-distribution record states Party members of. */
function unitOf(row: PendingRecord): UnitReference {
  return { identifier: row.canonical.identifiers[0] ?? null, name: row.canonical.name ?? '' };
}

function unitLink(
  row: PendingRecord,
  organizationId: string,
  resolution: ReferenceResolution,
): LinkRow {
  return {
    record: row,
    organizationId,
    weight: 1000,
    reasons: [{ field: 'unit', level: resolution.how, ...resolution.detail }],
    decidedBy: `rule:${resolution.how}`,
  };
}

/** Columns shared by both roster tables, then each table's own. */
const BODY_COLUMNS = {
  party: ['level', 'area_kind', 'area_name', 'sponsor_name'],
  union: ['uscc', 'members', 'employees_reported'],
} as const;

/**
 * Upserts a chunk's Party organizations (or unions) and replaces their covered-by edges, in three
 * statements whatever the chunk's size. Returns the record id of each covered unit that stayed
 * unresolved, and the organizations whose edges changed (for the caller to mark for coverage).
 */
async function upsertBodies(
  client: PoolClient,
  side: 'party' | 'union',
  rows: PendingRecord[],
  lookups: ReferenceLookups,
): Promise<{ unresolved: string[]; edgesChanged: Array<string | null> }> {
  const bodies = rows.filter((row) => row.canonical.coverage);
  if (bodies.length === 0) return { unresolved: [], edgesChanged: [] };
  const table = side === 'party' ? 'party_organization' : 'trade_union';
  const own = BODY_COLUMNS[side];
  const column = (pick: (c: CanonicalRecord) => unknown) =>
    bodies.map((row) => pick(row.canonical));
  const common: unknown[][] = [
    bodies.map((row) => row.record_key),
    column((c) => c.name ?? null),
    column((c) => c.coverage!.form),
    column((c) => c.status?.raw ?? null),
    column((c) => c.status?.active ?? true),
    column((c) => c.divisionCode ?? null),
    column((c) => c.establishedOn ?? null),
    column((c) => (c.coverage!.venue ? JSON.stringify(c.coverage!.venue) : null)),
    bodies.map((row) => row.id),
  ];
  const extra: unknown[][] =
    side === 'party'
      ? [
          column((c) => c.coverage!.level ?? null),
          column((c) => c.coverage!.area?.kind ?? null),
          column((c) => c.coverage!.area?.name ?? null),
          column((c) => c.coverage!.sponsor?.name ?? null),
        ]
      : [
          column(
            (c) => c.identifiers.find((id) => id.scheme === 'uscc' && id.valid)?.normalized ?? null,
          ),
          column((c) => c.coverage!.members ?? null),
          column((c) => c.employees ?? null),
        ];
  const types = [
    'text',
    'text',
    'text',
    'text',
    'boolean',
    'text',
    'date',
    'jsonb',
    'bigint',
    ...(side === 'party' ? ['text', 'text', 'text', 'text'] : ['text', 'int', 'int']),
  ];
  const columns = [
    'record_key',
    'name',
    'form',
    'status',
    'active',
    'division_code',
    'established_on',
    'venue',
    'source_record_id',
    ...own,
  ];
  const upserted = await client.query<{ id: string; record_key: string }>(
    `insert into ${table} (${columns.join(', ')}, updated_at)
     select *, now() from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})
     on conflict (record_key) do update set ${columns
       .slice(1)
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}, updated_at = now()
     returning id, record_key`,
    [...common, ...extra],
  );
  const bodyIdOf = new Map(upserted.rows.map((r) => [r.record_key, String(r.id)]));
  const previous = await client.query<{ organization_id: string | null }>(
    `delete from coverage_edge where side = $1 and body_id = any($2::bigint[])
     returning organization_id`,
    [side, [...bodyIdOf.values()]],
  );
  const edges = bodies.flatMap((row) =>
    row.canonical.coverage!.coveredUnits.map((unit) => ({
      recordId: row.id,
      bodyId: bodyIdOf.get(row.record_key)!,
      form: row.canonical.coverage!.form,
      unit,
      resolution: resolveReference(unit, lookups),
    })),
  );
  if (edges.length > 0) {
    await client.query(
      `insert into coverage_edge (side, body_id, organization_id, form, unit_uscc_raw, unit_name,
         resolution)
       select $1, * from unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[],
              $7::jsonb[])`,
      [
        side,
        edges.map((e) => e.bodyId),
        edges.map((e) => e.resolution.organizationId),
        edges.map((e) => e.form),
        edges.map((e) => e.unit.identifier?.raw ?? null),
        edges.map((e) => e.unit.name),
        edges.map((e) => JSON.stringify({ how: e.resolution.how, ...e.resolution.detail })),
      ],
    );
  }
  return {
    unresolved: edges.filter((e) => !e.resolution.organizationId).map((e) => e.recordId),
    edgesChanged: [
      ...previous.rows.map((r) => r.organization_id),
      ...edges.map((e) => e.resolution.organizationId),
    ],
  };
}
