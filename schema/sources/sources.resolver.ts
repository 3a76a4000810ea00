import { Ctx, Query, Resolver } from 'type-graphql';
import { CONNECTORS } from '../../connectors';
import { SOURCE_IDS } from '../../src/config/feed-sources';
import type { HubContext } from '../context';
import { SourceStatus, SyncRunView, SyncState } from './source-status.type';

interface RunRow {
  id: string; source: string; state: string; full: boolean; started_at: Date; finished_at: Date | null;
  fetched: number; new_count: number; changed: number; unchanged: number; quarantined: number; error: string | null;
}

@Resolver(() => SourceStatus)
export class SourcesResolver {
  @Query(() => [SourceStatus], { description: 'Every feed with its configuration and its last run.' })
  async sources(@Ctx() { em, feeds }: HubContext): Promise<SourceStatus[]> {
    const connection = em.getConnection();
    const lastRuns = await connection.execute<RunRow[]>(
      `select distinct on (source) * from sync_run order by source, started_at desc, id desc`,
    );
    const lastSuccess = await connection.execute<Array<{ source: string; at: Date }>>(
      `select source, max(finished_at) as at from sync_run where state = 'succeeded' group by source`,
    );
    const records = await connection.execute<Array<{ source: string; n: string }>>(
      `select source, count(*) as n from current_record group by source`,
    );
    return SOURCE_IDS.map((source) => {
      const feed = feeds[source];
      const run = lastRuns.find((r) => r.source === source);
      const lastRun = run ? toRunView(run) : null;
      return {
        source,
        transport: feed.transport,
        sandbox: feed.sandbox,
        endpoint: feed.url ?? feed.inbox ?? null,
        available: CONNECTORS[source] !== undefined,
        state: lastRun?.state ?? SyncState.NEVER_RUN,
        lastRun,
        lastSucceededAt: lastSuccess.find((r) => r.source === source)?.at ?? null,
        lastError: run?.state === 'failed' ? run.error : null,
        records: Number(records.find((r) => r.source === source)?.n ?? 0),
      };
    });
  }
}

function toRunView(row: RunRow): SyncRunView {
  return {
    id: String(row.id),
    state: row.state === 'running' ? SyncState.RUNNING : row.state === 'succeeded' ? SyncState.SUCCEEDED : SyncState.FAILED,
    full: row.full,
    startedAt: new Date(row.started_at),
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
    fetched: row.fetched,
    new: row.new_count,
    changed: row.changed,
    unchanged: row.unchanged,
    quarantined: row.quarantined,
    error: row.error,
  };
}
