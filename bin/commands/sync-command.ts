import type { JobNode } from 'bullmq';
import { CONNECTORS } from '../../connectors';
import { isSourceId, type SourceId } from '../../src/config/feed-sources';
import type { LandingCounts } from '../../src/landing/land-batch';
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
}

/**
 * `hub sync`: enqueues the pulls of the chosen feeds as one flow, shows progress, waits for them and
 * for everything downstream, prints per feed fetched / new / changed / unchanged / quarantined.
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
      if (sources.some((source) => runtime.feeds[source].sandbox)) sandbox = await startFeedSandbox(runtime.config);
      const feeds = sandbox ? sandbox.fill(runtime.feeds) : runtime.feeds;
      workers = new HubWorkers({ pool: runtime.pool, redisUrl: runtime.services.redisUrl, prefix: queues.prefix, feeds, queues });
      await workers.waitUntilReady();
      out('no running workers found: running them in this process');
    }
    const pullEvents = queues.queueEvents('pull');
    const resolveEvents = queues.queueEvents('resolve');
    await Promise.all([pullEvents.waitUntilReady(), resolveEvents.waitUntilReady()]);
    const flow = await queues.addSyncFlow(sources, options.full, 'cli');
    const pullJobs = new Map((flow.children ?? []).map((child: JobNode) => [child.job.id!, child.job.data.source as SourceId]));
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
      if (jobId !== flow.job.id || typeof data !== 'object' || data === null) return;
      out(`  resolution: ${(data as { records: number }).records} records resolved`);
    };
    pullEvents.on('progress', onPullProgress);
    resolveEvents.on('progress', onResolveProgress);
    await flow.job.waitUntilFinished(resolveEvents);
    pullEvents.off('progress', onPullProgress);
    resolveEvents.off('progress', onResolveProgress);

    const results = await collectResults(queues, flow, pullJobs);
    out('');
    out(summaryTable(results));
    return { ok: results.every((r) => r.state === 'succeeded'), results };
  } finally {
    await workers?.close();
    await sandbox?.close();
    await queues.close();
    await runtime.close();
  }
}

function chooseSources(option: string): SourceId[] {
  const available = Object.keys(CONNECTORS) as SourceId[];
  if (option === 'all') return available;
  if (!isSourceId(option)) throw new Error(`unknown source "${option}": use one of ${available.join(', ')} or all`);
  if (!CONNECTORS[option]) throw new Error(`the ${option} feed has no connector yet`);
  return [option];
}

async function collectResults(queues: HubQueues, flow: JobNode, pullJobs: Map<string, SourceId>): Promise<SyncOutcome['results']> {
  const results: SyncOutcome['results'] = [];
  for (const [jobId, source] of pullJobs) {
    const job = await queues.pull.getJob(jobId);
    if (job && (await job.isCompleted())) results.push(job.returnvalue as PullResult);
    else results.push({ source, state: 'failed', error: job?.failedReason ?? 'the pull job disappeared' });
  }
  void flow;
  return results;
}

function describe(c: LandingCounts): string {
  return `${c.fetched} fetched, ${c.created} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.quarantined} quarantined`;
}

function summaryTable(results: SyncOutcome['results']): string {
  const header = ['source', 'state', 'fetched', 'new', 'changed', 'unchanged', 'quarantined'];
  const rows = results.map((r) =>
    'fetched' in r
      ? [r.source, r.state, r.fetched, r.created, r.changed, r.unchanged, r.quarantined].map(String)
      : [r.source, `failed: ${r.error}`, '-', '-', '-', '-', '-'],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
