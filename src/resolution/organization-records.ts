import type { PoolClient } from 'pg';
import { ATTRIBUTES, GOLDEN_ATTRIBUTES } from '../model/attributes';
import { GOLDEN_TARGETS, unnestTargets } from './golden-columns';
import type { GoldenValues } from './survivorship';
import { decideLink, organizationCodes, validUscc } from './deterministic-link';
import { ChunkMatcher, type MatchingSetup } from './probabilistic-link';
import { deferGoldenRecords, refreshGoldenRecords } from './golden-records';
import { recordKeyOf, type PendingRecord } from './pending-records';
import { existingLinks, upsertLinks, type LinkRow } from './link-writes';
import { replaceChamberMemberships } from './chamber-memberships';
import { retireEmptied } from './organization-merge';
import { requeueDistributionsNaming } from './roster-records';

export interface ChunkCounts {
  records: number;
  organizationsCreated: number;
  organizationsTouched: number;
}

/**
 * Resolves a chunk of organization records: each links to the organization its valid USCC names,
 * or the one its key was linked to before, or a new one; its attributes replace those of its
 * earlier versions; touched organizations get their golden values recomputed — now, or with
 * `deferGolden` once the whole pass is done (only safe when no record of the pass needs the
 * matcher, whose profiles come from golden values).
 */
export async function resolveOrganizationChunk(
  client: PoolClient,
  rows: PendingRecord[],
  setup: MatchingSetup,
  deferGolden = false,
): Promise<ChunkCounts> {
  const usccs = [
    ...new Set(rows.map((r) => validUscc(r.canonical)).filter((u): u is string => !!u)),
  ];
  const byUscc = new Map(
    (
      await client.query<{ value: string; organization_id: string }>(
        `select value, organization_id from organization_identifier
         where scheme = 'uscc' and value = any($1::text[])`,
        [usccs],
      )
    ).rows.map((r) => [r.value, r.organization_id]),
  );
  // Codes inside the USCCs too: not for deciding (a USCC decides first) but to know which are
  // stored.
  const codes = [
    ...new Set([
      ...rows.flatMap((r) => organizationCodes(r.canonical)),
      ...usccs.map((u) => u.slice(8, 17)),
    ]),
  ];
  const byOrganizationCode = new Map(
    (
      await client.query<{ value: string; organization_id: string }>(
        `select value, organization_id from organization_identifier
         where scheme = 'organization-code' and value = any($1::text[])`,
        [codes],
      )
    ).rows.map((r) => [r.value, r.organization_id]),
  );
  // Identifiers already stored need no insert (the first organization to claim a value keeps it).
  const stored = new Set([
    ...[...byUscc.keys()].map((v) => `uscc:${v}`),
    ...[...byOrganizationCode.keys()].map((v) => `organization-code:${v}`),
  ]);
  const linked = await existingLinks(client, rows);
  const pins = await pinnedLinks(client, rows);

  const links: LinkRow[] = [];
  const reviews: Array<{
    record: PendingRecord;
    organizationId: string;
    candidateId: string;
    weight: number;
    reasons: Array<Record<string, unknown>>;
  }> = [];
  const founders: Array<{ id: string; row: PendingRecord; uscc: string | null }> = [];
  // Ids only for records that may found an organization: most of an incremental run's link to a
  // known one. What the chunk learns as it goes (below) only adds to the maps, so a record decided
  // now stays linked.
  const mayFound = rows.filter((row) => {
    const key = recordKeyOf(row);
    return (
      decideLink(row.canonical, {
        byUscc,
        byOrganizationCode,
        linked: linked.get(key),
        pinned: pins.get(key),
      }).organizationId === null
    );
  });
  const ids = await allocateOrganizationIds(client, mayFound.length);
  const found = (row: PendingRecord, uscc: string | null): string => {
    const id = ids[founders.length];
    if (id === undefined)
      throw new Error(`chunk founds more organizations than the ${ids.length} ids drawn for it`);
    founders.push({ id, row, uscc });
    matcher.remember(id, row);
    return id;
  };
  const matcher = await ChunkMatcher.prepare(
    client,
    rows.filter((r) => !validUscc(r.canonical)),
    setup,
  );
  const link = (
    row: PendingRecord,
    organizationId: string,
    how: Pick<LinkRow, 'weight' | 'reasons' | 'decidedBy'>,
  ): void => {
    links.push({
      record: row,
      organizationId,
      weight: how.weight,
      reasons: how.reasons,
      decidedBy: how.decidedBy,
    });
    // Later records of the chunk meet this organization through its codes, as later chunks will.
    for (const code of organizationCodes(row.canonical))
      if (!byOrganizationCode.has(code)) byOrganizationCode.set(code, organizationId);
  };
  // Records with a valid USCC go first, so legacy records of the same chunk find the organizations
  // they create.
  for (const row of [
    ...rows.filter((r) => validUscc(r.canonical)),
    ...rows.filter((r) => !validUscc(r.canonical)),
  ]) {
    const key = recordKeyOf(row);
    const decision = decideLink(row.canonical, {
      byUscc,
      byOrganizationCode,
      linked: linked.get(key),
      pinned: pins.get(key),
    });
    if (decision.organizationId) {
      link(row, decision.organizationId, decision);
      continue;
    }
    if (decision.uscc) {
      const organizationId = found(row, decision.uscc);
      byUscc.set(decision.uscc, organizationId);
      byOrganizationCode.set(decision.uscc.slice(8, 17), organizationId);
      link(row, organizationId, decision);
      continue;
    }
    const verdict = matcher.match(row);
    if (verdict.decision === 'link' && verdict.organizationId) {
      link(row, verdict.organizationId, verdict);
      continue;
    }
    const organizationId = found(row, null);
    link(row, organizationId, decision);
    if (verdict.decision === 'review' && verdict.organizationId) {
      reviews.push({
        record: row,
        organizationId,
        candidateId: verdict.organizationId,
        weight: verdict.weight,
        reasons: verdict.reasons,
      });
    }
  }
  await insertOrganizations(client, founders);
  await requeueDistributionsNaming(
    client,
    founders.flatMap((f) => (f.uscc ? [f.uscc] : [])),
  );
  await openReviews(client, reviews);
  const created = founders.length;
  await upsertLinks(client, links);
  await retireEmptied(client, departures(links, linked));
  await recordIdentifiers(client, links, stored);
  await replaceChamberMemberships(client, links);
  // An organization a record left (its USCC changed) must lose that record's values too.
  const touched = [...new Set([...links.map((l) => l.organizationId), ...linked.values()])];
  if (deferGolden) await deferGoldenRecords(client, touched);
  else await refreshGoldenRecords(client, touched);
  return {
    records: rows.length,
    organizationsCreated: created,
    organizationsTouched: touched.length,
  };
}

/** Organizations records of the chunk left → the organization the first of them joined. */
function departures(links: LinkRow[], linked: Map<string, string>): Map<string, string> {
  const moves = new Map<string, string>();
  for (const { record, organizationId } of links) {
    const before = linked.get(recordKeyOf(record));
    if (before !== undefined && before !== organizationId && !moves.has(before))
      moves.set(before, organizationId);
  }
  return moves;
}

/** People's pins for these records (an alias is followed to the organization that survived). */
async function pinnedLinks(
  client: PoolClient,
  rows: PendingRecord[],
): Promise<Map<string, { organizationId: string; decidedBy: string }>> {
  const result = await client.query<{
    source: string;
    stream: string;
    record_key: string;
    organization_id: string;
    decided_by: string;
  }>(
    `select o.source, o.stream, o.record_key,
            coalesce(a.organization_id, o.organization_id) as organization_id, o.decided_by
       from link_override o
       join unnest($1::text[], $2::text[], $3::text[]) as t(s, st, k) on o.source = t.s
         and o.stream = t.st and o.record_key = t.k
       left join organization_alias a on a.retired_id = o.organization_id
      where o.kind = 'pin'`,
    [rows.map((r) => r.source), rows.map((r) => r.stream), rows.map((r) => r.record_key)],
  );
  return new Map(
    result.rows.map((r) => [
      recordKeyOf(r),
      { organizationId: r.organization_id, decidedBy: r.decided_by },
    ]),
  );
}

/**
 * Draws ids for the chunk's possible new organizations up front (unused ones are simply skipped).
 */
async function allocateOrganizationIds(client: PoolClient, count: number): Promise<string[]> {
  if (count === 0) return [];
  return (
    await client.query<{ id: string }>(
      `select nextval(pg_get_serial_sequence('organization', 'id'))::text as id
       from generate_series(1, $1)`,
      [count],
    )
  ).rows.map((r) => r.id);
}

/**
 * Creates the chunk's new organizations in one statement, each with the values of the record that
 * founded it — for most organizations already their golden values, so the golden refresh that
 * follows finds nothing to rewrite.
 */
async function insertOrganizations(
  client: PoolClient,
  founders: Array<{ id: string; row: PendingRecord; uscc: string | null }>,
): Promise<void> {
  if (founders.length === 0) return;
  const golden = founders.map(({ row }) => foundingValues(row));
  await client.query(ORGANIZATION_INSERT, [
    founders.map((f) => f.id),
    founders.map((f) => f.uscc),
    ...GOLDEN_TARGETS.map((target) => golden.map((g) => target.value(g))),
  ]);
}

/** The founding record's own values, with the catalog's initial ones where it states none. */
function foundingValues(row: PendingRecord): GoldenValues {
  const values: GoldenValues = { name: row.canonical.name ?? row.record_key };
  for (const attribute of GOLDEN_ATTRIBUTES) {
    if (attribute.name === 'name') continue;
    const stated: unknown = ATTRIBUTES[attribute.name].stated(row.canonical);
    const initial = attribute.absent === 'keep' ? attribute.initial : attribute.absent;
    values[attribute.name] = stated ?? initial ?? undefined;
  }
  return values;
}

const ORGANIZATION_INSERT = `insert into organization
      (id, uscc, ${GOLDEN_TARGETS.map((t) => t.column).join(', ')}, created_at, updated_at)
    select *, now(), now()
    from unnest($1::bigint[], $2::text[], ${unnestTargets(GOLDEN_TARGETS, 3)})`;

/**
 * Links the matcher was unsure of wait for a person; the record stays with its own organization
 * meanwhile.
 */
async function openReviews(
  client: PoolClient,
  reviews: Array<{
    record: PendingRecord;
    organizationId: string;
    candidateId: string;
    weight: number;
    reasons: Array<Record<string, unknown>>;
  }>,
): Promise<void> {
  if (reviews.length === 0) return;
  await client.query(
    `insert into link_review (source, stream, record_key, current_organization_id,
       candidate_organization_id, weight, reasons, status, created_at)
     select t.s, t.st, t.k, t.c, t.o, t.w, t.r, 'open', now()
     from unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::float8[],
       $7::jsonb[]) as t(s, st, k, c, o, w, r)
      where not exists (select 1 from link_review x where x.source = t.s and x.stream = t.st
                         and x.record_key = t.k and x.candidate_organization_id = t.o)`,
    [
      reviews.map((r) => r.record.source),
      reviews.map((r) => r.record.stream),
      reviews.map((r) => r.record.record_key),
      reviews.map((r) => r.organizationId),
      reviews.map((r) => r.candidateId),
      reviews.map((r) => r.weight),
      reviews.map((r) => JSON.stringify(r.reasons)),
    ],
  );
}

/**
 * Every valid identifier points to the organization — the USCC, the registration number, the
 * organization code (also the one inside a USCC, chars 9–17, or a legacy tax id), the legacy tax id
 * — so that later records, legacy ones included, find it. The first organization to claim a value
 * keeps it.
 */
async function recordIdentifiers(
  client: PoolClient,
  links: LinkRow[],
  stored: Set<string>,
): Promise<void> {
  const schemes: string[] = [];
  const values: string[] = [];
  const owners: string[] = [];
  const add = (scheme: string, value: string, owner: string) => {
    const key = `${scheme}:${value}`;
    if (stored.has(key)) return;
    stored.add(key);
    schemes.push(scheme);
    values.push(value);
    owners.push(owner);
  };
  for (const { record, organizationId } of links) {
    for (const claim of record.canonical.identifiers) {
      if (!claim.valid || !claim.normalized) continue;
      add(claim.scheme, claim.normalized, organizationId);
      if (claim.scheme === 'uscc')
        add('organization-code', claim.normalized.slice(8, 17), organizationId);
      if (claim.scheme === 'legacy-tax-id')
        add('organization-code', claim.normalized.slice(6), organizationId);
    }
  }
  if (schemes.length === 0) return;
  await client.query(
    `insert into organization_identifier (scheme, value, organization_id, first_seen_at)
     select s, v, o, now() from unnest($1::text[], $2::text[], $3::bigint[]) as t(s, v, o)
     on conflict (scheme, value) do nothing`,
    [schemes, values, owners],
  );
}
