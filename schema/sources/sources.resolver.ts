import { Arg, Ctx, Int, Query, Resolver, Authorized } from 'type-graphql';
import { CONNECTORS } from '../../connectors';
import { isSourceId, SOURCE_IDS } from '../../src/model/feeds';
import { badInput, decodeCursor, encodeCursor, pageInfoOf, pageSize } from '../pagination/relay';
import {
  currentRecordCounts,
  lastRuns,
  lastSuccesses,
  runPage,
  type RunRow,
} from './sync-runs-query';
import { departmentOf } from '../../src/access/identity';
import { sourceFor } from '../access/access-guard';
import type { HubContext } from '../context';
import { SourceStatus, SyncRunConnection, SyncRunView, SyncState } from './source-status.type';

@Resolver(() => SourceStatus)
export class SourcesResolver {
  @Authorized('sources:read')
  @Query(() => SyncRunConnection, {
    description:
      'Pull runs, newest first, of one feed or all: counts, the attempt of its job, the error.',
  })
  async syncRuns(
    @Ctx() { pool, identity }: HubContext,
    @Arg('source', () => String, { nullable: true }) asked?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<SyncRunConnection> {
    const source = sourceFor(identity, asked);
    if (source !== undefined && source !== null && !isSourceId(source)) {
      throw badInput(`unknown source "${source}": use one of ${SOURCE_IDS.join(', ')}`);
    }
    const limit = pageSize(first);
    const rows = await runPage(pool, source ?? undefined, decodeCursor('run', after), limit + 1);
    const edges = rows
      .slice(0, limit)
      .map((row) => ({ cursor: encodeCursor('run', String(row.id)), node: toRunView(row) }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  }

  @Authorized('sources:read')
  @Query(() => [SourceStatus], {
    description: 'Every feed with its configuration and its last run.',
  })
  async sources(@Ctx() { em, feeds, pool, identity }: HubContext): Promise<SourceStatus[]> {
    const own = departmentOf(identity);
    const latest = await lastRuns(pool);
    const lastSuccess = await lastSuccesses(em);
    const records = await currentRecordCounts(em);
    // A department sees its own feed's status.
    return SOURCE_IDS.filter((source) => own === null || source === own).map((source) => {
      const feed = feeds[source];
      const run = latest.find((r) => r.source === source);
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
    source: row.source,
    attempt: row.attempt,
    state:
      row.state === 'running'
        ? SyncState.RUNNING
        : row.state === 'succeeded'
          ? SyncState.SUCCEEDED
          : SyncState.FAILED,
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
