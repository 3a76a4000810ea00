import type { JobNode } from 'bullmq';
import type { Pool } from 'pg';

import { isSourceId, SOURCE_IDS, type SourceId } from '../../src/model/feeds';
import type { LandingCounts } from '../../src/landing/land-batch';
import type { CoverageRunCounts } from '../../src/coverage-stage/run-coverage';
import type { ResolutionCounts } from '../../src/resolution/resolve-pending';
import { HubWorkers } from '../../jobs/hub-workers';
import type { PullResult } from '../../jobs/processors/pull-processor';
import { HubQueues } from '../../jobs/sync-flow';
import { startFeedSandbox, type FeedSandbox } from '../feed-sandbox';
import { openHubRuntime } from '../hub-runtime';

export interface SyncOptions {
  source: string;
  full: boolean;
  /** Where progress and the summary go (stdout by default). */
  out?: (line: string) => void;
}

export interface SyncOutcome {
  ok: boolean;
  results: Array<PullResult | { source: SourceId; state: 'failed'; error: string }>;
  resolution?: ResolutionCounts;
  coverage?: CoverageRunCounts;
}

/**
 * `hub sync`: enqueues the pulls of the chosen feeds as one flow, shows progress, waits for them
 * and for everything downstream, prints per feed fetched / new / changed / unchanged / quarantined.
 * Uses the workers already running anywhere on this Redis; with none, runs workers in-process.
 */
export async function syncCommand(options: SyncOptions): Promise<SyncOutcome> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const sources = chooseSources(options.source);
  const runtime = await openHubRuntime({ migrate: true, sandbox: false });
  const queues = new HubQueues(runtime.services.redisUrl, runtime.config.queuePrefix);
  let workers: HubWorkers | undefined;
  let sandbox: FeedSandbox | undefined;
  try {
    if ((await queues.pullWorkerCount()) === 0) {
      // Pulls run here, so the feeds nobody configured need the sandbox here too.
      if (sources.some((source) => runtime.feeds[source].sandbox))
        sandbox = await startFeedSandbox(runtime.config);
      const feeds = sandbox ? sandbox.fill(runtime.feeds) : runtime.feeds;
      workers = new HubWorkers({
        pool: runtime.pool,
        redisUrl: runtime.services.redisUrl,
        prefix: queues.prefix,
        feeds,
        queues,
        resolveWorkers: runtime.config.resolveWorkers,
      });
      await workers.waitUntilReady();
      out('no running workers found: running them in this process');
    }
    const pullEvents = queues.queueEvents('pull');
    const resolveEvents = queues.queueEvents('resolve');
    const coverageEvents = queues.queueEvents('coverage');
    await Promise.all([
      pullEvents.waitUntilReady(),
      resolveEvents.waitUntilReady(),
      coverageEvents.waitUntilReady(),
    ]);
    const flow = await queues.addSyncFlow(sources, options.full, 'cli');
    const resolveNode = flow.children![0];
    const pullJobs = new Map(
      (resolveNode.children ?? []).map((child: JobNode) => [
        child.job.id!,
        child.job.data.source as SourceId,
      ]),
    );
    out(`syncing ${sources.join(', ')}${options.full ? ' (full)' : ''}`);
    const lastPrinted = new Map<string, number>();
    const onPullProgress = ({ jobId, data }: { jobId: string; data: unknown }) => {
      const source = pullJobs.get(jobId);
      if (!source || typeof data !== 'object' || data === null) return;
      const now = Date.now();
      if (now - (lastPrinted.get(source) ?? 0) < 1000) return;
      lastPrinted.set(source, now);
      out(`  ${source}: ${describe(data as LandingCounts)}`);
    };
    const onResolveProgress = ({ jobId, data }: { jobId: string; data: unknown }) => {
      if (jobId !== resolveNode.job.id || typeof data !== 'object' || data === null) return;
      out(`  resolution: ${(data as { records: number }).records} records resolved`);
    };
    const onCoverageProgress = ({ jobId, data }: { jobId: string; data: unknown }) => {
      if (jobId !== flow.job.id || typeof data !== 'object' || data === null) return;
      out(
        `  coverage: ${(data as { organizations: number }).organizations} organizations evaluated`,
      );
    };
    pullEvents.on('progress', onPullProgress);
    resolveEvents.on('progress', onResolveProgress);
    coverageEvents.on('progress', onCoverageProgress);
    const outcome = await queues.settled('coverage', flow.job.id!);
    const downstreamError = outcome.state === 'failed' ? outcome.reason : undefined;
    pullEvents.off('progress', onPullProgress);
    resolveEvents.off('progress', onResolveProgress);
    coverageEvents.off('progress', onCoverageProgress);

    const results = await collectResults(queues, pullJobs, runtime.pool);
    const resolveJob = await queues.resolve.getJob(resolveNode.job.id!);
    const resolution = resolveJob?.returnvalue as ResolutionCounts | undefined;
    const coverage = (await queues.coverage.getJob(flow.job.id!))?.returnvalue as
      CoverageRunCounts | undefined;
    out('');
    out(summaryTable(results));
    if (resolution) {
      // A retried resolution resumes where the committed work stopped: its counts are the last
      // attempt's.
      const attempt =
        (resolveJob?.attemptsMade ?? 1) > 1
          ? ` (attempt ${resolveJob!.attemptsMade}, counting its own work)`
          : '';
      out(
        `resolution${attempt}: ${resolution.records} records, ${resolution.organizationsCreated} new organizations, ` +
          `${resolution.organizationsTouched} touched, ${resolution.organizationsMerged ?? 0} merged by re-resolution, ` +
          `${resolution.unresolvedReferences} roster references unresolved`,
      );
    }
    if (coverage)
      out(
        `coverage: ${coverage.organizations} organizations evaluated, ${coverage.inserted + coverage.changed} evaluations changed`,
      );
    if (downstreamError) out(`downstream failed: ${downstreamError}`);
    return {
      ok: !downstreamError && results.every((r) => r.state === 'succeeded'),
      results,
      resolution,
      coverage,
    };
  } finally {
    await workers?.close();
    await sandbox?.close();
    await queues.close();
    await runtime.close();
  }
}

function chooseSources(option: string): SourceId[] {
  if (option === 'all') return SOURCE_IDS;
  if (!isSourceId(option))
    throw new Error(`unknown source "${option}": use one of ${SOURCE_IDS.join(', ')} or all`);
  return [option];
}

/**
 * Each feed's outcome. A pull retried after a fault ran as several sync runs (one per attempt);
 * the counts are their sums, so the summary says what the sync as a whole fetched and landed.
 */
async function collectResults(
  queues: HubQueues,
  pullJobs: Map<string, SourceId>,
  pool: Pool,
): Promise<SyncOutcome['results']> {
  const attempts = await pool.query<LandingCounts & { job_id: string; attempts: number }>(
    `select job_id, count(*)::int as attempts, sum(fetched)::int as fetched, sum(new_count)::int as created,
            sum(changed)::int as changed, sum(unchanged)::int as unchanged, sum(quarantined)::int as quarantined
       from sync_run where job_id = any($1::text[]) group by job_id`,
    [[...pullJobs.keys()]],
  );
  const runs = new Map(attempts.rows.map((row) => [row.job_id, row]));
  const results: SyncOutcome['results'] = [];
  for (const [jobId, source] of pullJobs) {
    const job = await queues.pull.getJob(jobId);
    if (job && (await job.isCompleted())) {
      const { job_id: _, ...summed } = runs.get(jobId) ?? { job_id: jobId, attempts: 1 };
      results.push({ ...(job.returnvalue as PullResult), ...summed });
    } else {
      results.push({
        source,
        state: 'failed',
        error: job?.failedReason ?? 'the pull job disappeared',
      });
    }
  }
  return results;
}

function describe(c: LandingCounts): string {
  return `${c.fetched} fetched, ${c.created} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.quarantined} quarantined`;
}

function summaryTable(results: SyncOutcome['results']): string {
  const header = [
    'source',
    'state',
    'attempts',
    'fetched',
    'new',
    'changed',
    'unchanged',
    'quarantined',
  ];
  const rows = results.map((r) =>
    'fetched' in r
      ? [
          r.source,
          r.state,
          r.attempts ?? 1,
          r.fetched,
          r.created,
          r.changed,
          r.unchanged,
          r.quarantined,
        ].map(String)
      : [r.source, `failed: ${r.error}`, '-', '-', '-', '-', '-', '-'],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
