import type { PoolClient } from 'pg';
import { markCoverageDirty } from './coverage-dirty';
import { refreshGoldenRecords } from './golden-records';

export interface RecordRef {
  source: string;
  stream: string;
  key: string;
}

/** One merge to apply: `retired` joins `survivor` (its id stays an alias), for this evidence. */
export interface PlannedMerge {
  survivor: string;
  retired: string;
  evidence: Record<string, unknown>;
}

/**
 * Merges two organizations by a person's decision: the older id survives (ids are never
 * renumbered), the younger one is retired as an alias that still resolves (see
 * {@link applyMerges}), the moved records are pinned there so later runs keep the merge, and the
 * decision is audited. Returns the survivor's id.
 */
export async function mergeOrganizationRows(
  client: PoolClient,
  a: string,
  b: string,
  actor: string,
  reason: string,
): Promise<string> {
  if (a === b) return a;
  const [survivor, retired] = BigInt(a) < BigInt(b) ? [a, b] : [b, a];
  const moved = await client.query<RecordRef>(
    `select source, stream, record_key as key from record_link where organization_id = $1`,
    [retired],
  );
  const exists = await client.query('select 1 from organization where id = $1', [retired]);
  if (exists.rowCount === 0) throw new Error(`organization ${retired} does not exist`);
  await applyMerges(client, [{ survivor, retired, evidence: { reason } }], `person:${actor}`);
  await pinRecords(client, moved.rows, survivor, actor, reason);
  await audit(client, actor, 'merge-organizations', reason, {
    survivor,
    retired,
    records: moved.rows,
  });
  return survivor;
}

/**
 * Applies merges set-wise, a few statements whatever their number: everything pointing at a
 * retired organization — links, identifiers, attributes, roster edges, chamber memberships,
 * reviews, people's decisions, older aliases — moves to its survivor; the retired row goes (its
 * USCC passes to a survivor without one), its id stays as an alias, the merge is logged
 * (`organization_merge`), survivors get their golden values recomputed and both sides are
 * re-evaluated for coverage. Each retired id appears once, and no survivor is retired.
 */
export async function applyMerges(
  client: PoolClient,
  merges: PlannedMerge[],
  decidedBy: string,
): Promise<void> {
  if (merges.length === 0) return;
  const pairs = [merges.map((m) => m.retired), merges.map((m) => m.survivor)];
  const moves = 'from unnest($1::bigint[], $2::bigint[]) as m(retired, survivor)';
  for (const [table, column] of MERGED_REFERENCES) {
    await client.query(
      `update ${table} t set ${column} = m.survivor ${moves} where t.${column} = m.retired`,
      pairs,
    );
  }
  const retired = await client.query<{ id: string; uscc: string | null }>(
    'delete from organization where id = any($1::bigint[]) returning id, uscc',
    [pairs[0]],
  );
  // Out of the matcher's view too: a record resembling the retired organization must meet the
  // survivor.
  await client.query('delete from blocking_key where organization_id = any($1::bigint[])', [
    pairs[0],
  ]);
  await client.query('delete from organization_profile where organization_id = any($1::bigint[])', [
    pairs[0],
  ]);
  const usccOf = new Map(retired.rows.map((r) => [String(r.id), r.uscc]));
  await client.query(
    `update organization o set uscc = coalesce(o.uscc, m.uscc)
       from unnest($1::bigint[], $2::text[]) as m(survivor, uscc)
       where o.id = m.survivor and m.uscc is not null`,
    [merges.map((m) => m.survivor), merges.map((m) => usccOf.get(m.retired) ?? null)],
  );
  const logged =
    'from unnest($1::bigint[], $2::bigint[], $4::jsonb[]) as m(retired, survivor, evidence)';
  const values = [...pairs, decidedBy, merges.map((m) => JSON.stringify(m.evidence))];
  await client.query(
    `insert into organization_alias (retired_id, organization_id, reason, retired_at)
     select m.retired, m.survivor, coalesce(m.evidence->>'reason', $3), now() ${logged}`,
    values,
  );
  await client.query(
    `insert into organization_merge (survivor_id, retired_id, decided_by, evidence, merged_at)
     select m.survivor, m.retired, $3, m.evidence, now() ${logged}`,
    values,
  );
  await refreshGoldenRecords(client, [...new Set(pairs[1])]);
  await markCoverageDirty(client, pairs[0]);
}

/**
 * Retires organizations that records left (a USCC corrected to another unit's) once nothing is
 * linked to them: each becomes an alias of where its record went, taking its roster edges and
 * people's decisions along, but not its identifiers — those were the departed record's mistake.
 *
 * @param moves - organization a record left → organization it joined
 */
export async function retireEmptied(client: PoolClient, moves: Map<string, string>): Promise<void> {
  if (moves.size === 0) return;
  const empty = await client.query<{ id: string }>(
    `select o.id from organization o where o.id = any($1::bigint[])
        and not exists (select 1 from record_link l where l.organization_id = o.id)`,
    [[...moves.keys()]],
  );
  const retired = new Set(empty.rows.map((r) => String(r.id)));
  const steps = [...retired]
    .filter((id) => !retired.has(moves.get(id)!))
    .map((id) => ({
      survivor: moves.get(id)!,
      retired: id,
      evidence: { reason: 'its records moved' },
    }));
  if (steps.length === 0) return;
  const ids = steps.map((s) => s.retired);
  await client.query(
    'delete from organization_identifier where organization_id = any($1::bigint[])',
    [ids],
  );
  await client.query('update organization set uscc = null where id = any($1::bigint[])', [ids]);
  await applyMerges(client, steps, 'resolver');
}

/** Every column that names an organization, moved by a merge (table, column). */
const MERGED_REFERENCES = [
  ['record_link', 'organization_id'],
  ['organization_identifier', 'organization_id'],
  ['coverage_edge', 'organization_id'],
  ['chamber_membership', 'organization_id'],
  ['chamber_membership', 'chamber_organization_id'],
  ['party_organization', 'sponsor_organization_id'],
  ['link_review', 'candidate_organization_id'],
  ['link_review', 'current_organization_id'],
  ['link_override', 'organization_id'],
  ['organization_alias', 'organization_id'],
] as const;

/** Pins records to an organization: later resolution runs keep them there. */
export async function pinRecords(
  client: PoolClient,
  records: RecordRef[],
  organizationId: string,
  actor: string,
  reason: string,
): Promise<void> {
  if (records.length === 0) return;
  await client.query(
    `insert into link_override (source, stream, record_key, kind, organization_id, decided_by,
       reason, decided_at)
     select t.s, t.st, t.k, 'pin', $4, $5, $6, now()
     from unnest($1::text[], $2::text[], $3::text[]) as t(s, st, k)
     on conflict (source, stream, record_key, kind) do update
     set organization_id = excluded.organization_id,
       decided_by = excluded.decided_by, reason = excluded.reason, decided_at = now()`,
    [
      records.map((r) => r.source),
      records.map((r) => r.stream),
      records.map((r) => r.key),
      organizationId,
      actor,
      reason,
    ],
  );
}

export async function audit(
  client: PoolClient,
  actor: string,
  action: string,
  reason: string | null,
  detail: Record<string, unknown>,
): Promise<void> {
  await client.query(
    'insert into audit_entry (actor, action, reason, detail, at) values ($1, $2, $3, $4, now())',
    [actor, action, reason, JSON.stringify(detail)],
  );
}
