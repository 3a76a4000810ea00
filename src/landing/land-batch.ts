import type { PoolClient } from 'pg';
import type { Batch, MappedRecord } from './batch';
import { contentHashOfJson, stableJson } from './content-hash';
import type { FirstLoadKeys } from './first-load-keys';
import { enqueueForResolution } from './resolution-queue';

/** What one batch (or a whole run) did to the landing zone. */
export interface LandingCounts {
  fetched: number;
  created: number;
  changed: number;
  unchanged: number;
  quarantined: number;
}

export const ZERO_COUNTS: LandingCounts = {
  fetched: 0,
  created: 0,
  changed: 0,
  unchanged: 0,
  quarantined: 0,
};

export function addCounts(a: LandingCounts, b: LandingCounts): LandingCounts {
  return {
    fetched: a.fetched + b.fetched,
    created: a.created + b.created,
    changed: a.changed + b.changed,
    unchanged: a.unchanged + b.unchanged,
    quarantined: a.quarantined + b.quarantined,
  };
}

/** How a pull lands its batches (see `runPull`). */
export interface LandingOptions {
  /**
   * Resolves when the batches before this one have committed (see `landInOrder`): the snapshot's
   * and the checkpoint's rows, which every batch of the stream writes, wait for it.
   */
  turn?: () => Promise<void>;
  /** Keys that certainly have no current version yet, on a feed's first load. */
  firstLoad?: FirstLoadKeys;
}

/**
 * Lands one batch inside the caller's transaction: new keys and changed content become new current
 * versions queued for resolution, identical content only refreshes the key's `last_seen_at`,
 * rejections go to quarantine, and the stream's checkpoint moves on — all or nothing, so replays
 * are no-ops and crashes lose nothing. Versions are only ever added to `source_record`; which one
 * is current lives in
 * `current_record`.
 */
export async function landBatch(
  client: PoolClient,
  source: string,
  runId: string,
  batch: Batch,
  options: LandingOptions = {},
): Promise<LandingCounts> {
  const records = lastPerKey(batch.records);
  const payloads = records.map((r) => stableJson(r.payload));
  const hashes = payloads.map(contentHashOfJson);
  const keys = records.map((r) => r.key);
  const lookedUp = options.firstLoad?.keysToLookUp(batch.stream, keys) ?? keys;
  const current =
    lookedUp.length === 0
      ? { rows: [] }
      : await client.query<{
          record_key: string;
          content_hash: string;
          observed_at: string | null;
        }>(
          `select record_key, content_hash, observed_at from current_record
           where source = $1 and stream = $2 and record_key = any($3::text[])`,
          [source, batch.stream, lookedUp],
        );
  const currentOf = new Map(current.rows.map((row) => [row.record_key, row]));
  const unchanged: string[] = [];
  const changed: string[] = [];
  const writes: number[] = [];
  const history: number[] = [];
  records.forEach((record, i) => {
    const previous = currentOf.get(record.key);
    if (previous?.content_hash === hashes[i]) return void unchanged.push(record.key);
    // An older observation (a full resync replaying an earlier period) is history, not the present.
    if (previous && isOlder(record.canonical.observedAt, previous.observed_at))
      return void history.push(i);
    if (previous !== undefined) changed.push(record.key);
    writes.push(i);
  });
  if (changed.length > 0) {
    // A superseded version that never got resolved leaves the queue with it.
    await client.query(
      `delete from resolution_queue q using current_record c
        where c.source = $1 and c.stream = $2 and c.record_key = any($3::text[])
          and q.source_record_id = c.source_record_id`,
      [source, batch.stream, changed],
    );
  }
  if (writes.length > 0) {
    // A key that returns to an older version re-activates that version rather than duplicating it.
    await client.query(
      `with written as (
         insert into source_record (source, stream, record_key, content_hash, payload, canonical,
           origin, position, run_id, first_seen_at)
         select $1, $2, t.k, t.h, t.p, t.c, $3, t.pos, $4, now()
           from jsonb_to_recordset($5::jsonb) as t(k text, h text, p jsonb, c jsonb, pos text)
         on conflict (source, stream, record_key, content_hash)
         do update set run_id = excluded.run_id, origin = excluded.origin,
           position = excluded.position
         returning id, canonical, record_key, content_hash),
       made_current as (
         insert into current_record (source, stream, record_key, source_record_id, content_hash,
           observed_at, last_seen_at)
         select $1, $2, w.record_key, w.id, w.content_hash, w.canonical->>'observedAt', now()
         from written w
         on conflict (source, stream, record_key) do update
         set source_record_id = excluded.source_record_id,
           content_hash = excluded.content_hash, observed_at = excluded.observed_at,
             last_seen_at = excluded.last_seen_at,
           absent_since = null)
       ${enqueueForResolution('select id, canonical, record_key <> all($6::text[]) from written')}`,
      [
        source,
        batch.stream,
        batch.origin,
        runId,
        versionRows(writes, records, keys, hashes, payloads),
        changed,
      ],
    );
  }
  if (history.length > 0) {
    await client.query(
      `insert into source_record (source, stream, record_key, content_hash, payload, canonical,
         origin, position, run_id, first_seen_at)
       select $1, $2, t.k, t.h, t.p, t.c, $3, t.pos, $4, now()
         from jsonb_to_recordset($5::jsonb) as t(k text, h text, p jsonb, c jsonb, pos text)
       on conflict (source, stream, record_key, content_hash) do nothing`,
      [
        source,
        batch.stream,
        batch.origin,
        runId,
        versionRows(history, records, keys, hashes, payloads),
      ],
    );
  }
  const seen = [...unchanged, ...history.map((i) => keys[i])];
  if (seen.length > 0) {
    await client.query(
      `update current_record set last_seen_at = now(), absent_since = null
        where source = $1 and stream = $2 and record_key = any($3::text[])`,
      [source, batch.stream, seen],
    );
  }
  await quarantineRejections(client, source, runId, batch);
  // A record the snapshot still lists, though quarantined this time, is not absent from it.
  const listed = batch.snapshot
    ? batch.rejections.flatMap((r) => (r.recordKey ? [r.recordKey] : []))
    : [];
  if (listed.length > 0) {
    await client.query(
      `update current_record set last_seen_at = now()
       where source = $1 and stream = $2 and record_key = any($3::text[])`,
      [source, batch.stream, listed],
    );
  }
  await options.turn?.();
  if (batch.snapshot) await trackSnapshot(client, source, batch.stream, batch.snapshot);
  if (batch.checkpoint) await saveCheckpoint(client, source, batch.stream, batch.checkpoint, runId);
  return {
    fetched: batch.records.length + batch.rejections.length,
    created: writes.length - changed.length,
    changed: changed.length,
    unchanged: unchanged.length + history.length,
    quarantined: batch.rejections.length,
  };
}

async function quarantineRejections(
  client: PoolClient,
  source: string,
  runId: string,
  batch: Batch,
): Promise<void> {
  if (batch.rejections.length === 0) return;
  const r = batch.rejections;
  await client.query(
    `insert into quarantine_entry (source, stream, run_id, origin, position, reason, detail,
       excerpt, record_key, created_at)
     select $1, $2, $3, $4, t.pos, t.reason, t.detail, t.excerpt, t.k, now()
       from unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) as t(pos, reason,
         detail, excerpt, k)`,
    [
      source,
      batch.stream,
      runId,
      batch.origin,
      r.map((x) => x.position ?? null),
      r.map((x) => x.reason),
      r.map((x) => x.detail ?? null),
      r.map((x) => x.excerpt ?? null),
      r.map((x) => x.recordKey ?? null),
    ],
  );
}

/**
 * Full snapshots (SPEC §2): every record a snapshot contains is touched (`last_seen_at`) while it
 * lands; when its last batch lands, current records of the stream not seen since the snapshot
 * started are marked absent — kept, and reported as a discrepancy, never deleted.
 */
async function trackSnapshot(
  client: PoolClient,
  source: string,
  stream: string,
  snapshot: { file: string; final: boolean },
): Promise<void> {
  await client.query(
    `insert into snapshot_file (source, stream, file, started_at) values ($1, $2, $3, now())
     on conflict (source, stream, file) do update set started_at = now(), completed_at = null,
       absent_count = null
       where snapshot_file.completed_at is not null`,
    [source, stream, snapshot.file],
  );
  if (!snapshot.final) return;
  await client.query(
    `with started as (select started_at from snapshot_file
                       where source = $1 and stream = $2 and file = $3),
          gone as (
            update current_record set absent_since = now()
             where source = $1 and stream = $2 and absent_since is null
               and last_seen_at < (select started_at from started)
            returning 1)
     update snapshot_file set completed_at = now(), absent_count = (select count(*) from gone)
      where source = $1 and stream = $2 and file = $3`,
    [source, stream, snapshot.file],
  );
}

/** Stores a stream's checkpoint (inside the batch's transaction). */
export async function saveCheckpoint(
  client: PoolClient,
  source: string,
  stream: string,
  checkpoint: Record<string, unknown>,
  runId: string,
): Promise<void> {
  await client.query(
    `insert into sync_state (source, stream, checkpoint, last_run_id, updated_at)
     values ($1, $2, $3, $4, now())
     on conflict (source, stream) do update set checkpoint = excluded.checkpoint,
       last_run_id = excluded.last_run_id,
                                                updated_at = now()`,
    [source, stream, JSON.stringify(checkpoint), runId],
  );
}

function isOlder(incoming: string | undefined, current: string | null): boolean {
  return !!incoming && !!current && Date.parse(incoming) < Date.parse(current);
}

/**
 * The chosen records as one JSON array for `jsonb_to_recordset`: one parameter serialized natively,
 * where arrays of JSON texts would be escaped element by element by the driver. Each payload goes
 * in as the JSON its hash was taken of, rather than serialized a second time.
 */
function versionRows(
  chosen: number[],
  records: MappedRecord[],
  keys: string[],
  hashes: string[],
  payloads: string[],
): string {
  const row = (i: number) =>
    `{"k":${JSON.stringify(keys[i])},"h":"${hashes[i]}","p":${payloads[i]},` +
    `"c":${JSON.stringify(records[i].canonical)},` +
    `"pos":${JSON.stringify(records[i].position ?? null)}}`;
  return `[${chosen.map(row).join(',')}]`;
}

/** Within one batch a key counts once: the last occurrence wins (exports repeat rows). */
function lastPerKey(records: MappedRecord[]): MappedRecord[] {
  const byKey = new Map<string, MappedRecord>();
  for (const record of records) byKey.set(record.key, record);
  return byKey.size === records.length ? records : [...byKey.values()];
}
