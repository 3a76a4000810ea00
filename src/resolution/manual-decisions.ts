import type { PoolClient } from 'pg';
import { refreshGoldenRecords } from './golden-records';
import { audit, mergeOrganizationRows, pinRecords, type RecordRef } from './organization-merge';

/** Raised for a decision that cannot apply (unknown review, record not on the organization…). */
export class DecisionError extends Error {}

/** Merges two organizations by hand (the older id survives). */
export function mergeOrganizations(
  client: PoolClient,
  a: string,
  b: string,
  actor: string,
  reason: string,
): Promise<string> {
  return mergeOrganizationRows(client, a, b, actor, reason);
}

/**
 * Splits records off an organization into a new one (a false merge undone): their links,
 * attributes and the identifiers only they carry move; both sides are pinned; returns the new id.
 */
export async function splitOrganization(
  client: PoolClient,
  organizationId: string,
  records: RecordRef[],
  actor: string,
  reason: string,
): Promise<string> {
  if (records.length === 0) throw new DecisionError('name at least one record to split off');
  const linked = await client.query<RecordRef>(
    `select source, stream, record_key as key from record_link where organization_id = $1`,
    [organizationId],
  );
  const id = (r: RecordRef) => `${r.source}/${r.stream}/${r.key}`;
  const onOrganization = new Set(linked.rows.map(id));
  const missing = records.filter((r) => !onOrganization.has(id(r)));
  if (missing.length > 0)
    throw new DecisionError(
      `not records of organization ${organizationId}: ${missing.map(id).join(', ')}`,
    );
  if (records.length === linked.rows.length)
    throw new DecisionError('a split must leave at least one record behind');
  const origin = await client.query<{ name: string; kind: string }>(
    'select name, kind from organization where id = $1',
    [organizationId],
  );
  const created = await client.query<{ id: string }>(
    `insert into organization (name, kind, active, created_at, updated_at)
     values ($1, $2, true, now(), now()) returning id`,
    [origin.rows[0].name, origin.rows[0].kind],
  );
  const newId = created.rows[0].id;
  const refs = [
    records.map((r) => r.source),
    records.map((r) => r.stream),
    records.map((r) => r.key),
  ];
  await client.query(
    `update record_link l set organization_id = $4
     from unnest($1::text[], $2::text[], $3::text[]) as t(s, st, k)
      where l.source = t.s and l.stream = t.st and l.record_key = t.k`,
    [...refs, newId],
  );
  // A USCC stated only by the records that left goes with them.
  await client.query(
    `update organization_identifier i set organization_id = $2
      where i.organization_id = $1 and i.scheme = 'uscc'
        and not exists (select 1 from organization_attribute a
          join source_record s on s.id = a.source_record_id
                         where a.organization_id = $1
                           and s.canonical->'identifiers' @>
                           jsonb_build_array(jsonb_build_object('normalized', i.value)))`,
    [organizationId, newId],
  );
  await client.query(
    `update organization o
     set uscc = (select value from organization_identifier where organization_id = o.id
       and scheme = 'uscc' limit 1)
      where o.id = any($1::bigint[])`,
    [[organizationId, newId]],
  );
  await pinRecords(client, records, newId, actor, reason);
  await pinRecords(
    client,
    linked.rows.filter((r) => !records.some((m) => id(m) === id(r))),
    organizationId,
    actor,
    reason,
  );
  await refreshGoldenRecords(client, [organizationId, newId]);
  await audit(client, actor, 'split-organization', reason, {
    from: organizationId,
    to: newId,
    records,
  });
  return newId;
}

/** Accepts a suggested link: the record moves to the candidate and stays there. */
export async function confirmLink(
  client: PoolClient,
  reviewId: string,
  actor: string,
  note: string | null,
): Promise<string> {
  const review = await openReview(client, reviewId);
  const record = { source: review.source, stream: review.stream, key: review.record_key };
  const previous = review.current_organization_id;
  await client.query(
    `update record_link set organization_id = $4, decided_by = $5, decided_at = now()
      where source = $1 and stream = $2 and record_key = $3`,
    [record.source, record.stream, record.key, review.candidate_organization_id, `person:${actor}`],
  );
  await pinRecords(
    client,
    [record],
    review.candidate_organization_id,
    actor,
    note ?? 'link confirmed',
  );
  await closeReview(client, reviewId, 'confirmed', actor, note);
  let survivor = review.candidate_organization_id;
  const left = previous
    ? await client.query('select 1 from record_link where organization_id = $1 limit 1', [previous])
    : null;
  // The record was all its old organization had: that organization was the same one all along.
  if (previous && left?.rowCount === 0)
    survivor = await mergeOrganizationRows(
      client,
      previous,
      survivor,
      actor,
      note ?? 'link confirmed',
    );
  else await refreshGoldenRecords(client, [survivor, ...(previous ? [previous] : [])]);
  await audit(client, actor, 'confirm-link', note, {
    reviewId,
    record,
    organizationId: survivor,
    previous,
  });
  return survivor;
}

/** Rejects a suggested link: later runs never propose linking the record to that organization. */
export async function rejectLink(
  client: PoolClient,
  reviewId: string,
  actor: string,
  note: string | null,
): Promise<void> {
  const review = await openReview(client, reviewId);
  await client.query(
    `insert into link_override (source, stream, record_key, kind, organization_id, decided_by,
       reason, decided_at)
     values ($1, $2, $3, 'keep-apart', $4, $5, $6, now())
     on conflict (source, stream, record_key, kind) do update
     set organization_id = excluded.organization_id, decided_at = now()`,
    [
      review.source,
      review.stream,
      review.record_key,
      review.candidate_organization_id,
      actor,
      note,
    ],
  );
  await closeReview(client, reviewId, 'rejected', actor, note);
  await audit(client, actor, 'reject-link', note, {
    reviewId,
    candidate: review.candidate_organization_id,
  });
}

interface ReviewRow {
  source: string;
  stream: string;
  record_key: string;
  current_organization_id: string | null;
  candidate_organization_id: string;
}

async function openReview(client: PoolClient, reviewId: string): Promise<ReviewRow> {
  const result = await client.query<ReviewRow & { status: string }>(
    `select source, stream, record_key, current_organization_id, candidate_organization_id, status
     from link_review where id = $1 for update`,
    [reviewId],
  );
  const review = result.rows[0];
  if (!review) throw new DecisionError(`no review ${reviewId}`);
  if (review.status !== 'open')
    throw new DecisionError(`review ${reviewId} is already ${review.status}`);
  return review;
}

async function closeReview(
  client: PoolClient,
  reviewId: string,
  status: 'confirmed' | 'rejected',
  actor: string,
  note: string | null,
): Promise<void> {
  await client.query(
    `update link_review set status = $2, decided_by = $3, decided_at = now(), note = $4
     where id = $1`,
    [reviewId, status, actor, note],
  );
}
