import type { Pool, PoolClient } from 'pg';
import { currentMatchModel } from './model-estimation';
import {
  MAX_BLOCK_SIZE,
  blockingKeys,
  compareProfiles,
  decideMatch,
  matchWeight,
  profileFromRecord,
  resolveRepairedUscc,
  storedProfile,
  type FellegiSunterModel,
  type MatchProfile,
  type MatchResult,
  type TermFrequencyTable,
} from '../matching';
import { usccRepairCandidates } from '../identifiers';
import type { PendingRecord } from './pending-records';
import { recordKeyOf } from './pending-records';

/** The matcher's verdict on one record without deterministic evidence. */
export interface MatchVerdict {
  decision: 'link' | 'review' | 'no-link';
  organizationId: string | null;
  decidedBy: string;
  weight: number;
  reasons: Array<Record<string, unknown>>;
}

/**
 * What one resolution run matches with: the model (and its version, written into every link) and
 * name frequencies.
 */
export interface MatchingSetup {
  model: FellegiSunterModel;
  version: string;
  names: NameFrequencyStats;
}

/**
 * Probabilistic linking of records no rule could link: a repaired hand-typed USCC whose
 * organization's name agrees; else the best-scoring organization among those sharing a blocking
 * key (Fellegi–Sunter weights per field), linked above the auto-link threshold, sent to review
 * between the thresholds. Organizations founded earlier in the same chunk are candidates too.
 */
export class ChunkMatcher {
  private readonly local = new Map<string, Set<string>>();
  private readonly localProfiles = new Map<string, MatchProfile>();

  private constructor(
    private readonly blocks: Map<string, string[]>,
    private readonly profiles: Map<string, MatchProfile>,
    private readonly byUscc: Map<string, string>,
    private readonly keepApart: Map<string, Set<string>>,
    private readonly nameFrequency: TermFrequencyTable,
    private readonly setup: MatchingSetup,
    /** Whether the chunk has records to match at all (an identifier-pass chunk has none). */
    private readonly matching: boolean,
  ) {}

  /**
   * Prefetches candidates of every record in a few queries. The setup's name frequencies say how
   * common name cores are among all organizations (a shared common core weighs less than a rare
   * one).
   */
  static async prepare(
    client: PoolClient,
    records: PendingRecord[],
    setup: MatchingSetup,
  ): Promise<ChunkMatcher> {
    const keys = [...new Set(records.flatMap((r) => blockingKeys(profileFromRecord(r.canonical))))];
    const blockRows =
      keys.length === 0
        ? []
        : (
            await client.query<{ key: string; organization_id: string }>(
              'select key, organization_id from blocking_key where key = any($1::text[])',
              [keys],
            )
          ).rows;
    const blocks = new Map<string, string[]>();
    for (const row of blockRows)
      blocks.set(row.key, [...(blocks.get(row.key) ?? []), String(row.organization_id)]);
    const repaired = [
      ...new Set(
        records.flatMap((r) =>
          r.canonical.identifiers
            .filter((c) => c.scheme === 'uscc' && !c.valid)
            .flatMap((c) => usccRepairCandidates(c.raw).map((candidate) => candidate.uscc)),
        ),
      ),
    ];
    const byUscc = new Map<string, string>();
    if (repaired.length > 0) {
      const rows = await client.query<{ value: string; organization_id: string }>(
        `select value, organization_id from organization_identifier
         where scheme = 'uscc' and value = any($1::text[])`,
        [repaired],
      );
      for (const row of rows.rows) byUscc.set(row.value, String(row.organization_id));
    }
    const ids = [
      ...new Set([
        ...[...blocks.values()].filter((b) => b.length <= MAX_BLOCK_SIZE).flat(),
        ...byUscc.values(),
      ]),
    ];
    const profiles = new Map<string, MatchProfile>();
    if (ids.length > 0) {
      const rows = await client.query<{ organization_id: string; profile: MatchProfile }>(
        `select organization_id, profile from organization_profile
         where organization_id = any($1::bigint[])`,
        [ids],
      );
      for (const row of rows.rows)
        profiles.set(String(row.organization_id), storedProfile(row.profile));
    }
    const keepApart = new Map<string, Set<string>>();
    const overrides = await client.query<{
      source: string;
      stream: string;
      record_key: string;
      organization_id: string;
    }>(
      `select o.source, o.stream, o.record_key, o.organization_id from link_override o
         join unnest($1::text[], $2::text[], $3::text[]) as t(s, st, k) on o.source = t.s
           and o.stream = t.st and o.record_key = t.k
        where o.kind = 'keep-apart'`,
      [
        records.map((r) => r.source),
        records.map((r) => r.stream),
        records.map((r) => r.record_key),
      ],
    );
    for (const row of overrides.rows)
      keepApart.set(
        recordKeyOf(row),
        new Set([...(keepApart.get(recordKeyOf(row)) ?? []), String(row.organization_id)]),
      );
    // The organizations under a name-core key are exactly those using that core: its frequency.
    const counts = new Map(
      [...blocks]
        .filter(([key]) => key.startsWith('c:'))
        .map(([key, ids]) => [key.slice(2), ids.length]),
    );
    return new ChunkMatcher(
      blocks,
      profiles,
      byUscc,
      keepApart,
      { counts, total: setup.names.total, typicalFrequency: setup.names.typicalFrequency },
      setup,
      records.length > 0,
    );
  }

  /**
   * Judges one record; `exclude` leaves one organization out of the candidates (re-resolution asks
   * where a record would go if its own floating organization did not exist).
   */
  match(record: PendingRecord, exclude?: string): MatchVerdict {
    const profile = profileFromRecord(record.canonical);
    const forbidden = new Set(this.keepApart.get(recordKeyOf(record)) ?? []);
    if (exclude !== undefined) forbidden.add(exclude);
    for (const claim of record.canonical.identifiers.filter(
      (c) => c.scheme === 'uscc' && !c.valid,
    )) {
      const repaired = resolveRepairedUscc(claim.raw, record.canonical.name, (uscc) => {
        const id = this.byUscc.get(uscc);
        return id ? this.profiles.get(id) : undefined;
      });
      const organizationId = repaired ? this.byUscc.get(repaired.uscc) : undefined;
      if (repaired && organizationId && !forbidden.has(organizationId)) {
        return {
          decision: 'link',
          organizationId,
          decidedBy: 'rule:repaired-uscc',
          weight: 1000,
          reasons: [
            {
              field: 'uscc',
              level: 'repaired',
              typed: claim.raw,
              value: repaired.uscc,
              repairs: repaired.repairs,
              name: repaired.nameLevel,
            },
          ],
        };
      }
    }
    let best: { id: string; result: MatchResult } | null = null;
    for (const id of this.candidates(profile)) {
      if (forbidden.has(id)) continue;
      const candidate = this.profiles.get(id) ?? this.localProfiles.get(id);
      if (!candidate) continue;
      const result = matchWeight(
        compareProfiles(profile, candidate),
        this.setup.model,
        this.nameFrequency,
      );
      if (
        !best ||
        result.weight > best.result.weight ||
        (result.weight === best.result.weight && BigInt(id) < BigInt(best.id))
      )
        best = { id, result };
    }
    if (!best)
      return {
        decision: 'no-link',
        organizationId: null,
        decidedBy: this.setup.version,
        weight: 0,
        reasons: [],
      };
    const decision = decideMatch(best.result);
    const reasons = best.result.fields.map((f) => ({
      field: f.field,
      level: f.level,
      weight: Number(f.weight.toFixed(2)),
    }));
    return {
      decision,
      organizationId: best.id,
      decidedBy: this.setup.version,
      weight: Number(best.result.weight.toFixed(2)),
      reasons,
    };
  }

  /** Whether a person decided that this record must not join that organization. */
  keptApart(record: PendingRecord, organizationId: string): boolean {
    return this.keepApart.get(recordKeyOf(record))?.has(organizationId) ?? false;
  }

  /** Makes an organization founded in this chunk findable by the chunk's later records. */
  remember(organizationId: string, record: PendingRecord): void {
    if (!this.matching) return;
    const profile = { ...profileFromRecord(record.canonical), id: organizationId };
    this.localProfiles.set(organizationId, profile);
    for (const key of blockingKeys(profile))
      this.local.set(key, new Set([...(this.local.get(key) ?? []), organizationId]));
  }

  private candidates(profile: MatchProfile): Set<string> {
    const ids = new Set<string>();
    for (const key of blockingKeys(profile)) {
      const block = this.blocks.get(key) ?? [];
      if (block.length <= MAX_BLOCK_SIZE) for (const id of block) ids.add(id);
      for (const id of this.local.get(key) ?? []) ids.add(id);
    }
    return ids;
  }
}

/** How name cores are spread over all organizations (for term-frequency adjustment). */
export interface NameFrequencyStats {
  total: number;
  typicalFrequency: number;
}

/** Reads the spread of name cores from the blocking index once per resolution run. */
export async function nameFrequencyStats(client: PoolClient): Promise<NameFrequencyStats> {
  const result = await client.query<{ total: string | null; squares: string | null }>(
    `select sum(n) as total, sum(n * n) as squares
     from (select count(*)::bigint as n from blocking_key where key like 'c:%' group by key) k`,
  );
  const total = Number(result.rows[0].total ?? 0);
  const squares = Number(result.rows[0].squares ?? 0);
  return { total, typicalFrequency: total === 0 ? 0 : squares / (total * total) };
}

/**
 * Loads what a resolution pass matches with, once per pass; without `withNameFrequencies` (a pass
 * whose records all link by identifier) the name statistics are left empty.
 */
export async function matchingSetup(
  pool: Pool,
  withNameFrequencies = true,
): Promise<MatchingSetup> {
  const { model, version } = await currentMatchModel(pool);
  if (!withNameFrequencies) return { model, version, names: { total: 0, typicalFrequency: 0 } };
  return { model, version, names: await cachedNameFrequencyStats(pool) };
}

/**
 * The name statistics scan the whole blocking index (seen: 2 s at a million organizations), yet an
 * incremental batch hardly moves them: for a graph of 50,000 organizations or more, the last
 * reading (`name_frequency_statistic`, shared by every process, so a worker that just started does
 * not scan either) serves until the planner's count of organizations is a tenth away from the count
 * then, or for a day.
 */
async function cachedNameFrequencyStats(pool: Pool): Promise<NameFrequencyStats> {
  const state = (
    await pool.query<{
      organizations: number;
      total: string | null;
      typical_frequency: number | null;
      counted: number | null;
      age_ms: number | null;
    }>(
      `select greatest(c.reltuples, 0)::float8 as organizations, s.total, s.typical_frequency,
            s.organizations as counted, extract(epoch from now() - s.computed_at) * 1000 as age_ms
       from pg_class c left join name_frequency_statistic s on true
       where c.oid = 'organization'::regclass`,
    )
  ).rows[0];
  const organizations = Number(state?.organizations ?? 0);
  // Below the bulk scale (or never analyzed: an estimate of 0) the scan is cheap, and always done.
  if (
    state?.counted != null &&
    organizations >= CACHED_FROM_ORGANIZATIONS &&
    Number(state.age_ms) < NAME_STATS_TTL_MS &&
    Math.abs(organizations - state.counted) <= state.counted / 10
  ) {
    return { total: Number(state.total), typicalFrequency: Number(state.typical_frequency) };
  }
  const client = await pool.connect();
  try {
    const stats = await nameFrequencyStats(client);
    await client.query(
      // The count kept is exact, not the planner's estimate: an estimate taken mid-load and
      // corrected by the VACUUM after it moved by more than a tenth, and made the first delta after
      // a bulk load read again (2 s at 1M).
      `insert into name_frequency_statistic (singleton, total, typical_frequency, organizations,
         computed_at)
       values (true, $1, $2, (select count(*) from organization), now())
       on conflict (singleton) do update set total = excluded.total,
         typical_frequency = excluded.typical_frequency,
         organizations = excluded.organizations, computed_at = excluded.computed_at`,
      [stats.total, stats.typicalFrequency],
    );
    return stats;
  } finally {
    client.release();
  }
}

/**
 * A day's deltas move the name cores far less than a tenth; the count rule catches bulk loads
 * sooner.
 */
const NAME_STATS_TTL_MS = 24 * 60 * 60 * 1000;
const CACHED_FROM_ORGANIZATIONS = 50_000;
