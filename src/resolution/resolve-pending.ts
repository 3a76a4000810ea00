import type { Pool } from 'pg';
import { enqueueForResolution } from '../landing/resolution-queue';
import { inTransaction } from '../storage/sql-pool';
import { markResolved, nextPendingChunk } from './pending-records';
import { resolveOrganizationChunk } from './organization-records';
import { refreshDeferredGoldenRecords } from './golden-records';
import { resolveRosterChunk } from './roster-records';
import { matchingSetup } from './probabilistic-link';

export interface ResolutionCounts {
  records: number;
  organizationsCreated: number;
  organizationsTouched: number;
  /** Roster references (covered units, member-distribution units) no organization matched. */
  unresolvedReferences: number;
}

/**
 * Resolves every landed record version that is current and not yet resolved, in chunks, each
 * chunk one transaction. Organization records go first, so that the rosters' references in the
 * same run find the organizations they name: first those with a valid USCC (identifier links only;
 * their organizations' golden values are recomputed once at the end of the pass), then the rest
 * through the matcher, which then sees every name and identifier the first pass brought. When new
 * organizations appeared, references that were unresolved are tried again. Callers hold the
 * resolution lock, so chunks never race.
 */
export async function resolvePending(pool: Pool, chunkSize = 2000, onChunk?: (c: ResolutionCounts) => void): Promise<ResolutionCounts> {
  const total: ResolutionCounts = { records: 0, organizationsCreated: 0, organizationsTouched: 0, unresolvedReferences: 0 };
  const setup = await matchingSetup(pool);
  for (const pass of ['with-uscc', 'without-uscc'] as const) {
    for (;;) {
      const counts = await inTransaction(pool, async (client) => {
        const rows = await nextPendingChunk(client, ['organization'], chunkSize, pass);
        if (rows.length === 0) return null;
        const chunk = await resolveOrganizationChunk(client, rows, setup, pass === 'with-uscc');
        await markResolved(client, rows);
        return chunk;
      });
      if (!counts) break;
      total.records += counts.records;
      total.organizationsCreated += counts.organizationsCreated;
      total.organizationsTouched += counts.organizationsTouched;
      onChunk?.({ ...total });
    }
    await refreshDeferredGoldenRecords(pool, chunkSize);
  }
  if (total.organizationsCreated > 0) await retryUnresolvedReferences(pool);
  for (;;) {
    const counts = await inTransaction(pool, async (client) => {
      const rows = await nextPendingChunk(client, ['party-organization', 'trade-union', 'member-distribution'], chunkSize);
      if (rows.length === 0) return null;
      const chunk = await resolveRosterChunk(client, rows);
      await markResolved(client, rows);
      return chunk;
    });
    if (!counts) break;
    total.records += counts.records;
    total.unresolvedReferences += counts.unresolved;
    onChunk?.({ ...total });
  }
  return total;
}

/** Roster records with a reference nothing matched get another chance now that organizations were added. */
async function retryUnresolvedReferences(pool: Pool): Promise<void> {
  await pool.query(enqueueForResolution(
    `select s.id, s.canonical from source_record s
      where s.is_current and (
        exists (select 1 from coverage_edge e
                  join party_organization p on e.side = 'party' and p.id = e.body_id
                 where e.organization_id is null and p.source_record_id = s.id)
        or exists (select 1 from coverage_edge e
                  join trade_union u on e.side = 'union' and u.id = e.body_id
                 where e.organization_id is null and u.source_record_id = s.id)
        or (s.canonical->>'entity' = 'member-distribution'
            and not exists (select 1 from record_link l where l.source = s.source and l.stream = s.stream and l.record_key = s.record_key)))`,
  ));
}
