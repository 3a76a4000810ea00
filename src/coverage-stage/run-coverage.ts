import type { Pool } from 'pg';
import { chinaDate } from '../canonical/dates';
import { evaluateOrganization } from '../coverage/evaluate-organization';
import { ruleSetDigest, type RuleSet } from '../coverage/rule-set';
import { ACTIVE_RULE_SETS } from '../config/rule-sets';
import { drainWithCursor } from '../storage/cursor-drain';
import { inTransaction, retryingDeadlocks } from '../storage/sql-pool';
import { PlannerStatistics } from '../storage/planner-statistics';
import { parallelDrains } from '../storage/parallel-drains';
import { organizationFactsFromGraph } from './facts-from-graph';
import { loadGraphSlices } from './load-graph-slices';
import { evaluatedDigests, markRollupRefreshed, refreshRollup } from './refresh-rollup';
import {
  writeCoverageFacts,
  type EvaluatedOrganization,
  type FactWrites,
} from './write-coverage-facts';

export interface CoverageRunCounts {
  organizations: number;
  inserted: number;
  changed: number;
  unchanged: number;
  closed: number;
}

/**
 * The coverage stage: evaluates every organization resolution marked dirty, under every rule set,
 * as of today (China time), stores the evaluations with history, and moves the rollups with them.
 * Each chunk is one transaction that also clears its dirty marks, so a crash resumes where it
 * stopped.
 */
export async function runCoverage(
  pool: Pool,
  options: {
    chunkSize?: number;
    drains?: number;
    now?: Date;
    onChunk?: (c: CoverageRunCounts) => void;
    /** The rule sets to evaluate (default: the active ones, ACTIVE_RULE_SETS). */
    ruleSets?: Readonly<Record<string, RuleSet>>;
  } = {},
): Promise<CoverageRunCounts> {
  const asOf = chinaDate(options.now ?? new Date());
  const total: CoverageRunCounts = {
    organizations: 0,
    inserted: 0,
    changed: 0,
    unchanged: 0,
    closed: 0,
  };
  const ruleSets = options.ruleSets ?? ACTIVE_RULE_SETS;
  // A rule set never evaluated (one just added to HUB_RULE_SETS_DIR), or evaluated under other
  // content (an edited threshold), needs every organization evaluated again.
  const evaluated = await evaluatedDigests(pool);
  const stale = Object.values(ruleSets)
    .filter((set) => evaluated.get(set.id) !== ruleSetDigest(set))
    .map((set) => set.id);
  if (stale.length > 0) await markAllDirty(pool);
  const statistics = new PlannerStatistics(pool, ['coverage_fact', 'coverage_dirty']);
  // Parallel drains share the dirty marks (each skips the chunk another holds), so that while one
  // waits for the database another evaluates; each walks them with a cursor (see drainWithCursor)
  // rather than wading through the marks earlier chunks deleted.
  await parallelDrains(options.drains ?? COVERAGE_DRAINS, () =>
    drainWithCursor(async (after) => {
      const chunk = await retryingDeadlocks(() =>
        inTransaction(pool, async (client) => {
          const dirty = await client.query<{ organization_id: string }>(
            `select organization_id from coverage_dirty where organization_id > $2
          order by organization_id limit $1 for update skip locked`,
            [options.chunkSize ?? 2000, after],
          );
          const ids = dirty.rows.map((r) => String(r.organization_id));
          if (ids.length === 0) return null;
          const slices = await loadGraphSlices(client, ids);
          const present = new Set(slices.map((s) => s.organization.id));
          const gone = ids.filter((id) => !present.has(id)); // merged away: their facts close
          const inputs = slices.map((slice) => ({
            slice,
            facts: organizationFactsFromGraph(slice),
          }));
          const writes: FactWrites[] = [];
          for (const ruleSet of Object.values(ruleSets)) {
            const evaluated: EvaluatedOrganization[] = inputs.map(({ slice, facts }) => ({
              facts: evaluateOrganization(facts, ruleSet, asOf),
              kind: slice.organization.kind,
              park: facts.park ?? null,
              building: facts.building ?? null,
              industryCode: slice.organization.industryCode,
            }));
            writes.push(await writeCoverageFacts(client, ruleSet.id, evaluated, gone));
          }
          await client.query(
            'delete from coverage_dirty where organization_id = any($1::bigint[])',
            [ids],
          );
          return { last: ids[ids.length - 1], organizations: ids.length, writes };
        }),
      );
      if (chunk === null) return null;
      // Counted once the chunk committed: a chunk redone after a deadlock counts once.
      total.organizations += chunk.organizations;
      for (const writes of chunk.writes) {
        total.inserted += writes.inserted;
        total.changed += writes.changed;
        total.unchanged += writes.unchanged;
        total.closed += writes.closed;
      }
      options.onChunk?.({ ...total });
      await statistics.wrote(chunk.organizations);
      return chunk.last;
    }),
  );
  if (total.organizations > 0) {
    // Each chunk moved the rollups with its facts; a rule set seen for the first time or with new
    // content is rebuilt whole once (facts of an earlier time it was active may still be current).
    await inTransaction(pool, async (client) => {
      for (const ruleSet of stale) await refreshRollup(client, ruleSet);
      for (const set of Object.values(ruleSets))
        await markRollupRefreshed(client, set.id, ruleSetDigest(set));
    });
  }
  return total;
}

/** Chunks of dirty marks evaluated at once, each on its own connection. */
export const COVERAGE_DRAINS = 2;

/**
 * Marks every organization for re-evaluation (a new rule set, or a new day for date-bound rules).
 */
export async function markAllDirty(pool: Pool): Promise<number> {
  const result = await pool.query(
    `insert into coverage_dirty (organization_id, marked_at) select id, now() from organization
     on conflict do nothing`,
  );
  return result.rowCount ?? 0;
}
