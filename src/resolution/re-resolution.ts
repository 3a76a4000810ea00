import type { Pool, PoolClient } from 'pg';
import { MAX_BLOCK_SIZE, planMerges, type MergeVote } from '../matching';
import { drainWithCursor, takeQueuedOrganizations } from '../storage/cursor-drain';
import { inTransaction, retryingDeadlocks } from '../storage/sql-pool';
import { applyMerges } from './organization-merge';
import { ChunkMatcher, type MatchingSetup } from './probabilistic-link';
import type { PendingRecord } from './pending-records';

/** What one re-resolution pass did. */
export interface ReResolutionCounts {
  /** Floating organizations whose records were judged again. */
  examined: number;
  /** Organizations retired into another by a merge. */
  merged: number;
}

/**
 * Re-resolution (Senzing's principle): a record that arrived before the evidence tying it to an
 * organization founded a floating one (no USCC of its own) — a federation member named only, a
 * legacy tax record before its registry record. Whenever a profile changes, the floating
 * organizations in its neighbourhood (sharing a blocking key) have their records judged again as
 * if their own organization did not exist; one whose record now links elsewhere merges with that
 * organization (see `planMerges`), so the graph no longer depends on the order the data came in.
 * People's pins keep an organization out of it and keep-apart decisions veto a merge. Works
 * through `profile_dirty` a chunk per transaction until no mark is left: a merge changes the
 * survivor's profile, whose neighbourhood is looked at again.
 */
export async function reResolveFloating(
  pool: Pool,
  setup: () => Promise<MatchingSetup>,
  chunkSize: number,
): Promise<ReResolutionCounts> {
  const counts: ReResolutionCounts = { examined: 0, merged: 0 };
  let matching: MatchingSetup | undefined;
  /** Judges one chunk of floating organizations and merges what their votes tie together. */
  const examine = async (client: PoolClient, floating: string[]): Promise<void> => {
    if (floating.length === 0) return;
    matching ??= await setup();
    const steps = planMerges(await votesOf(client, floating, matching));
    await applyMerges(client, steps, 'resolver');
    counts.examined += floating.length;
    counts.merged += steps.length;
  };
  const chunk = (work: (client: PoolClient) => Promise<string | null>) => {
    const before = { ...counts };
    // A chunk redone after a deadlock counts once.
    return retryingDeadlocks(() => {
      Object.assign(counts, before);
      return inTransaction(pool, work);
    });
  };
  if (await dirtyOutnumbersFloating(pool)) {
    // After a bulk load nearly every profile is new: every floating organization is near one, and
    // taking them all at once costs far less than finding each one's neighbourhood.
    await pool.query('delete from profile_dirty');
    let after: string | null = '0';
    while (after !== null) {
      const from: string = after;
      after = await chunk(async (client) => {
        const floating = await floatingAfter(client, from, chunkSize);
        await examine(client, floating);
        return floating.length === 0 ? null : floating[floating.length - 1]!;
      });
    }
  }
  // Marks left (an incremental run's, or the survivors' of the merges above): their neighbourhoods.
  await drainWithCursor((after) =>
    chunk(async (client) => {
      const dirty = await takeQueuedOrganizations(client, 'profile_dirty', after, chunkSize);
      if (dirty.last !== null) await examine(client, await floatingNeighbours(client, dirty.ids));
      return dirty.last;
    }),
  );
  return counts;
}

/** Whether more profiles changed than there are floating organizations (a bulk load's run). */
async function dirtyOutnumbersFloating(pool: Pool): Promise<boolean> {
  const result = await pool.query<{ outnumbers: boolean }>(
    `select (select count(*) from profile_dirty)
              > (select count(*) from organization where uscc is null) as outnumbers`,
  );
  return result.rows[0].outnumbers;
}

/** The next floating organizations by id, without the ones a person pinned a record to. */
async function floatingAfter(client: PoolClient, after: string, limit: number): Promise<string[]> {
  const result = await client.query<{ id: string }>(
    `select o.id from organization o where o.uscc is null and o.id > $1 ${UNPINNED}
      order by o.id limit $2`,
    [after, limit],
  );
  return result.rows.map((r) => String(r.id));
}

/** No record of the organization `o` is pinned there by a person: its records stay as decided. */
const UNPINNED = `and not exists (
  select 1 from link_override p where p.organization_id = o.id and p.kind = 'pin')`;

/**
 * The floating organizations among these and those sharing a blocking key with them (blocks the
 * matcher compares in full only), without the ones a person pinned a record to.
 */
async function floatingNeighbours(
  client: PoolClient,
  organizationIds: string[],
): Promise<string[]> {
  const result = await client.query<{ id: string }>(
    // Name lookup keys (n:) are left out: a shared name key means a shared name core (c:) too.
    `with keys as (select distinct key from blocking_key
                    where organization_id = any($1::bigint[]) and key not like 'n:%'),
          small as (select key from keys k where (select count(*) from (
                      select 1 from blocking_key c where c.key = k.key limit $2 + 1) x) <= $2),
          near as (select b.organization_id as id from small s join blocking_key b on b.key = s.key
                   union select unnest($1::bigint[]))
     select o.id from near n join organization o on o.id = n.id and o.uscc is null
      where true ${UNPINNED} order by o.id`,
    [organizationIds, MAX_BLOCK_SIZE],
  );
  return result.rows.map((r) => String(r.id));
}

/**
 * Judges the organization records of these floating organizations, each with its own
 * organization left out: every record that links elsewhere votes for merging its organization
 * there, unless a person kept one of that organization's records apart from the target.
 */
async function votesOf(
  client: PoolClient,
  floating: string[],
  setup: MatchingSetup,
): Promise<MergeVote[]> {
  const linked = await client.query<PendingRecord & { organization_id: string }>(
    `select s.id, l.source, l.stream, l.record_key, s.canonical, s.first_seen_at as observed_at,
            false as first_version, l.organization_id
       from record_link l join source_record s on s.id = l.source_record_id
      where l.organization_id = any($1::bigint[]) and s.canonical->>'entity' = 'organization'
      order by l.organization_id, s.id`,
    [floating],
  );
  const records = linked.rows;
  const matcher = await ChunkMatcher.prepare(client, records, setup);
  const byOrganization = new Map<string, PendingRecord[]>();
  for (const row of records) {
    const own = String(row.organization_id);
    byOrganization.set(own, [...(byOrganization.get(own) ?? []), row]);
  }
  const votes: MergeVote[] = [];
  for (const row of records) {
    const own = String(row.organization_id);
    const verdict = matcher.match(row, own);
    if (verdict.decision !== 'link' || !verdict.organizationId) continue;
    const target = verdict.organizationId;
    if (byOrganization.get(own)!.some((r) => matcher.keptApart(r, target))) continue;
    votes.push({
      floating: own,
      target,
      weight: verdict.weight,
      evidence: {
        record: `${row.source}/${row.stream}/${row.record_key}`,
        decidedBy: verdict.decidedBy,
        weight: verdict.weight,
        reasons: verdict.reasons,
      },
    });
  }
  return votes;
}
