import type { PoolClient } from 'pg';
import { markCoverageDirty } from './coverage-dirty';
import { refreshGoldenRecords } from './golden-records';

export interface RecordRef {
  source: string;
  stream: string;
  key: string;
}

/**
 * Merges two organizations: the older id survives (ids are never renumbered), the younger one is
 * retired as an alias that still resolves. Everything pointing at the retired one — links,
 * identifiers, attributes, roster edges, chamber memberships, reviews — moves to the survivor, and
 * the moved records are pinned there so later runs keep the merge. Returns the survivor's id.
 */
export async function mergeOrganizationRows(client: PoolClient, a: string, b: string, actor: string, reason: string): Promise<string> {
  if (a === b) return a;
  const [survivor, retired] = BigInt(a) < BigInt(b) ? [a, b] : [b, a];
  const moved = await client.query<RecordRef>(
    `select source, stream, record_key as key from record_link where organization_id = $1`, [retired],
  );
  const retiredRow = await client.query<{ uscc: string | null }>('select uscc from organization where id = $1 for update', [retired]);
  if (retiredRow.rowCount === 0) throw new Error(`organization ${retired} does not exist`);
  for (const sql of [
    'update record_link set organization_id = $1 where organization_id = $2',
    'update organization_identifier set organization_id = $1 where organization_id = $2',
    'update coverage_edge set organization_id = $1 where organization_id = $2',
    'update chamber_membership set organization_id = $1 where organization_id = $2',
    'update chamber_membership set chamber_organization_id = $1 where chamber_organization_id = $2',
    'update party_organization set sponsor_organization_id = $1 where sponsor_organization_id = $2',
    `update link_review set candidate_organization_id = $1 where candidate_organization_id = $2`,
    `update link_review set current_organization_id = $1 where current_organization_id = $2`,
    'update link_override set organization_id = $1 where organization_id = $2',
    'update organization_alias set organization_id = $1 where organization_id = $2',
  ]) {
    await client.query(sql, [survivor, retired]);
  }
  await client.query('delete from organization where id = $1', [retired]);
  // Out of the matcher's view too: a record resembling the retired organization must meet the survivor, not a deleted id.
  await client.query('delete from blocking_key where organization_id = $1', [retired]);
  await client.query('delete from organization_profile where organization_id = $1', [retired]);
  await client.query('update organization set uscc = coalesce(uscc, $2) where id = $1', [survivor, retiredRow.rows[0].uscc]);
  await client.query(
    `insert into organization_alias (retired_id, organization_id, reason, retired_at) values ($1, $2, $3, now())`,
    [retired, survivor, reason],
  );
  await pinRecords(client, moved.rows, survivor, actor, reason);
  await refreshGoldenRecords(client, [survivor]);
  await markCoverageDirty(client, [retired]);
  await audit(client, actor, 'merge-organizations', reason, { survivor, retired, records: moved.rows });
  return survivor;
}

/** Pins records to an organization: later resolution runs keep them there. */
export async function pinRecords(client: PoolClient, records: RecordRef[], organizationId: string, actor: string, reason: string): Promise<void> {
  if (records.length === 0) return;
  await client.query(
    `insert into link_override (source, stream, record_key, kind, organization_id, decided_by, reason, decided_at)
     select t.s, t.st, t.k, 'pin', $4, $5, $6, now() from unnest($1::text[], $2::text[], $3::text[]) as t(s, st, k)
     on conflict (source, stream, record_key, kind) do update set organization_id = excluded.organization_id,
       decided_by = excluded.decided_by, reason = excluded.reason, decided_at = now()`,
    [records.map((r) => r.source), records.map((r) => r.stream), records.map((r) => r.key), organizationId, actor, reason],
  );
}

export async function audit(client: PoolClient, actor: string, action: string, reason: string | null, detail: Record<string, unknown>): Promise<void> {
  await client.query(
    'insert into audit_entry (actor, action, reason, detail, at) values ($1, $2, $3, $4, now())',
    [actor, action, reason, JSON.stringify(detail)],
  );
}
