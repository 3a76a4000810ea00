import type { Pool } from 'pg';
import { enqueueForResolution } from '../landing/resolution-queue';
import { analyzeGrownTables, PlannerStatistics, vacuumTables } from '../storage/planner-statistics';
import { drainPending, hasPending, type PendingFilter } from './pending-records';
import { SOURCE_PRECEDENCE } from './survivorship';
import { resolveOrganizationChunk, type ChunkCounts } from './organization-records';
import { refreshDeferredGoldenRecords } from './golden-records';
import {
  requeueReferencesNamedLike,
  resolveMemberDistributionByUscc,
  resolveRosterChunk,
  type RosterCounts,
} from './roster-records';
import { matchingSetup } from './probabilistic-link';
import { reResolveFloating } from './re-resolution';
import { logger } from '../runtime/logger';
import { parallelDrains } from '../storage/parallel-drains';

export interface ResolutionCounts {
  records: number;
  organizationsCreated: number;
  organizationsTouched: number;
  /** Organizations retired into another because new evidence tied them (re-resolution). */
  organizationsMerged: number;
  /** Roster references (covered units, member-distribution units) no organization matched. */
  unresolvedReferences: number;
}

/**
 * Resolves every landed record version that is current and not yet resolved, in chunks, each chunk
 * one transaction. Organization records go first, so that the rosters' references in the same run
 * find the organizations they name: first those with a valid USCC (identifier links only; their
 * organizations' golden values are recomputed once at the end of the pass, after the member
 * distributions that name a unit by a USCC of theirs are linked too), then the rest through the
 * matcher, which then sees every name and identifier the first pass brought; then re-resolution
 * merges floating organizations that the new evidence ties to another (see `reResolveFloating`).
 * When new organizations appeared, references that were unresolved, or resolved by a name they now
 * share, are tried again; roster records go in `workers` parallel drains too, and the golden values
 * of the organizations member-distribution rows touched are recomputed after them. Callers hold the
 * resolution lock, so runs never race.
 */
export async function resolvePending(
  pool: Pool,
  chunkSize = 2000,
  onChunk?: (c: ResolutionCounts) => void,
  workers = 1,
): Promise<ResolutionCounts> {
  const total: ResolutionCounts = {
    records: 0,
    organizationsCreated: 0,
    organizationsTouched: 0,
    organizationsMerged: 0,
    unresolvedReferences: 0,
  };
  const statistics = new PlannerStatistics(pool, GRAPH_TABLES);
  const add = (counts: ChunkCounts) => {
    total.records += counts.records;
    total.organizationsCreated += counts.organizationsCreated;
    total.organizationsTouched += counts.organizationsTouched;
    onChunk?.({ ...total });
  };
  const addRoster = (counts: RosterCounts) => {
    total.records += counts.records;
    total.unresolvedReferences += counts.unresolved;
    onChunk?.({ ...total });
  };
  const phase = phaseTimer();
  // Organizations founded by this run have larger ids (a sequence): the names they bring are new.
  const before = await lastOrganizationId(pool);
  // Golden values left for later, recomputed once per organization by `workers` drains in id order.
  const refreshDeferredGolden = () =>
    parallelDrains(workers, () => refreshDeferredGoldenRecords(pool, chunkSize));
  // After a bulk phase: the queues' dead rows are cleared and the planner learns how the graph
  // grew.
  const settleAfterBulk = async () => {
    if (total.records < BULK_RECORDS) return;
    await vacuumTables(pool, ['resolution_queue', 'golden_dirty']);
    await analyzeGrownTables(pool, GRAPH_TABLES, BULK_RECORDS);
  };
  // Identifier pass: shards of USCCs in parallel, golden values deferred to one refresh per
  // organization.
  const identifiersOnly = await matchingSetup(pool, false);
  await parallelDrains(workers, (worker) =>
    drainPending(
      pool,
      ['organization'],
      { uscc: 'with', worker, workers },
      chunkSize,
      (client, rows) => resolveOrganizationChunk(client, rows, identifiersOnly, true),
      add,
      statistics,
    ),
  );
  phase('identifier pass', total.records);
  // Member distributions naming their unit by a USCC the graph now holds: linked before the golden
  // values are recomputed, so their organizations are recomputed once; the rest wait for the roster
  // phase.
  await parallelDrains(workers, (worker) =>
    drainPending(
      pool,
      ['member-distribution'],
      { uscc: 'with', worker, workers },
      chunkSize,
      resolveMemberDistributionByUscc,
      addRoster,
      statistics,
    ),
  );
  phase('member distribution by USCC', total.records);
  await refreshDeferredGolden();
  phase('deferred golden values', total.records);
  await settleAfterBulk();
  // Matcher pass: one chunk at a time, each seeing the organizations the chunks before it created;
  // name frequencies are read now, over every organization the identifier pass brought — and only
  // when there is something to match, since reading them scans the blocking index.
  if (await hasPending(pool, ['organization'], { uscc: 'without' })) {
    const setup = await matchingSetup(pool);
    const match = (filter: PendingFilter) =>
      drainPending(
        pool,
        ['organization'],
        filter,
        chunkSize,
        (client, rows) => resolveOrganizationChunk(client, rows, setup, false),
        add,
        statistics,
      );
    // One department at a time, in the order of identity precedence: a registry's record founds the
    // organization that the same unit's tax, statistics or federation records then meet, rather
    // than whichever record landed first founding one of its own (a unit split in two when, say,
    // the federation's name-only record came before the registry's). Within a department, in the
    // order its records landed; so the graph no longer depends on which feed's pull finished first.
    // A department with nothing queued costs one empty chunk query, as a check beforehand would.
    for (const source of SOURCE_PRECEDENCE.identity) await match({ uscc: 'without', source });
    await match({ uscc: 'without' }); // a department without a precedence, if one were ever added
  }
  if (total.records >= BULK_RECORDS) await vacuumTables(pool, ['resolution_queue', 'golden_dirty']);
  phase('matcher pass', total.records);
  // Floating organizations near every changed profile judged again: merges the order of arrival
  // missed.
  const reResolved = await reResolveFloating(pool, () => matchingSetup(pool), chunkSize);
  total.organizationsMerged += reResolved.merged;
  phase('re-resolution', total.records);
  if (total.organizationsCreated > 0) {
    await retryUnresolvedReferences(pool);
    await requeueReferencesNamedLike(pool, before);
  }
  // Roster records touch only their own bodies and edges (and a member distribution its one unit),
  // so parallel drains may share the queue: each skips the chunk another holds.
  await parallelDrains(workers, () =>
    drainPending(
      pool,
      ['party-organization', 'trade-union', 'member-distribution'],
      { uscc: 'any' },
      chunkSize,
      resolveRosterChunk,
      addRoster,
      statistics,
    ),
  );
  phase('roster records', total.records);
  // Organizations member-distribution rows stated Party members of: recomputed once each, in id
  // order, rather than in the rows' order (a random walk over the graph's tables at a million).
  await refreshDeferredGolden();
  await settleAfterBulk();
  // The run's last word on the planner: a table that changed by a tenth since its last ANALYZE is
  // analyzed again (autovacuum's own rule, which may be off or late). Seen at 100k: coverage_edge
  // analyzed while only Party edges existed planned every union lookup as a scan of 36,000 edges
  // (48 ms instead of 0.4 ms, a fifth of the organization page).
  if (total.records >= BULK_RECORDS) await analyzeGrownTables(pool, GRAPH_TABLES, 1, 0.1);
  phase('roster golden values', total.records);
  return total;
}

/**
 * Logs each phase of a run with its duration and the records resolved so far (a long run shows
 * where it is); while the run has resolved nothing (a scheduled run that found nothing new), only
 * at debug level.
 */
function phaseTimer(): (name: string, records: number) => void {
  let started = Date.now();
  return (name, records) => {
    const now = Date.now();
    logger[records > 0 ? 'info' : 'debug'](
      { phase: name, seconds: (now - started) / 1000, records },
      'resolution phase done',
    );
    started = now;
  };
}

async function lastOrganizationId(pool: Pool): Promise<string> {
  const result = await pool.query<{ id: string }>(
    'select coalesce(max(id), 0)::text as id from organization',
  );
  return result.rows[0].id;
}

/** Records in one pass from which the graph's tables have grown enough to mislead the planner. */
export const BULK_RECORDS = 10_000;

/**
 * Tables resolution grows; their planner statistics are refreshed as a bulk run goes (see
 * PlannerStatistics).
 */
const GRAPH_TABLES = [
  'source_record',
  'resolution_queue',
  'record_link',
  'organization',
  'organization_identifier',
  'organization_profile',
  'blocking_key',
  'coverage_edge',
  'golden_dirty',
  'coverage_dirty',
];

/**
 * Roster records with a reference nothing matched (`unresolved_reference`) get another chance now
 * that organizations were added; entries of versions superseded since are dropped.
 */
async function retryUnresolvedReferences(pool: Pool): Promise<void> {
  // Each entry's version is looked up, then its key's current version: written as one join under
  // the
  // `not exists`, the planner took that join for a single row and nested it (82,000 entries:
  // minutes).
  await pool.query(
    `delete from unresolved_reference r using source_record s
      where s.id = r.source_record_id and not exists (
        select 1 from current_record c
         where c.source = s.source and c.stream = s.stream and c.record_key = s.record_key
           and c.source_record_id = s.id)`,
  );
  await pool.query(
    enqueueForResolution(
      `select s.id, s.canonical, false from unresolved_reference r
       join source_record s on s.id = r.source_record_id`,
    ),
  );
}
