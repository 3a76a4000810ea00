import { Worker, type Job } from 'bullmq';
import type Redis from 'ioredis';
import type { Pool } from 'pg';
import type { FeedConfig } from '../src/config/hub-config';
import type { SourceId } from '../src/model/feeds';
import { logger } from '../src/runtime/logger';
import { RepeatedErrors } from '../src/runtime/repeated-errors';
import { stageDuration } from '../src/runtime/metrics';
import { markAllDirty } from '../src/coverage-stage/run-coverage';
import { COVERAGE_REFRESH } from './job-schedulers';
import { runPull, type PullJobData } from './processors/pull-processor';
import { runCoverageStage } from './processors/coverage-processor';
import { runResolve } from './processors/resolve-processor';
import { deliverWebhook } from './processors/webhook-processor';
import { WebhookOutbox } from './webhook-outbox';
import { followUpChanges } from '../src/follow-up/follow-up-changes';
import { QUEUE } from './queue-names';
import { redisConnection } from './redis-connection';
import { STAGE_RETRIES, type HubQueues } from './sync-flow';

export interface WorkerDependencies {
  pool: Pool;
  redisUrl: string;
  prefix: string;
  feeds: Record<SourceId, FeedConfig>;
  queues: HubQueues;
  /** Parallel pulls in this process (different feeds; one pull per feed hub-wide). */
  pullConcurrency?: number;
  /** Parallel connections of the resolution's identifier pass (`HUB_RESOLVE_WORKERS`). */
  resolveWorkers?: number;
}

/**
 * How a job whose worker died (kill -9, a lost machine) is found and handed to another: its lock
 * lapses after `lockDuration` unless renewed (every half of it), and every worker checks for lapsed
 * locks each `stalledInterval`. A stalled job starts again from its committed work; only one that
 * stalled `maxStalledCount` times (a job that kills its worker every time) fails.
 */
export const STALLED_JOBS = { lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 20 };

/** Runs a stage job, observing its duration in the `hub_stage_duration_seconds` histogram. */
async function timed<T>(stage: string, source: string, work: () => Promise<T>): Promise<T> {
  const end = stageDuration.startTimer({ stage, source });
  try {
    return await work();
  } finally {
    end();
  }
}

/** The workers of one process: pulls, resolution, and the scheduled-sync trigger. */
export class HubWorkers {
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];
  private readonly errors = new RepeatedErrors(30_000);
  private readonly outbox: WebhookOutbox;

  constructor(private readonly deps: WorkerDependencies) {
    this.outbox = new WebhookOutbox(deps.redisUrl, deps.prefix);
    const options = (concurrency: number) => {
      const connection = redisConnection(deps.redisUrl);
      this.connections.push(connection);
      return { connection, prefix: deps.prefix, concurrency, ...STALLED_JOBS };
    };
    this.workers.push(
      new Worker(
        QUEUE.pull,
        (job: Job<PullJobData>) => timed('pull', job.data.source, () => this.pull(job)),
        options(deps.pullConcurrency ?? 4),
      ),
      new Worker(
        QUEUE.resolve,
        (job: Job) =>
          timed('resolve', '', () =>
            runResolve(deps.pool, (c) => void job.updateProgress({ ...c }), deps.resolveWorkers),
          ),
        options(1),
      ),
      new Worker(
        QUEUE.coverage,
        (job: Job) =>
          timed('coverage', '', async () => {
            const counts = await runCoverageStage(
              deps.pool,
              (c) => void job.updateProgress({ ...c }),
            );
            // The changes it recorded go to the webhook subscriptions (a failure here fails the
            // job, whose retry publishes them: fan-out is idempotent).
            const deliveries = await this.outbox.publishChanges(deps.pool);
            // Cases the data proves founded close; gaps that reappear reopen theirs.
            return { ...counts, deliveries, followUp: await followUpChanges(deps.pool) };
          }),
        options(1),
      ),
      new Worker(
        QUEUE.webhook,
        (job: Job<{ deliveryId: string }>) => deliverWebhook(deps.pool, job),
        options(4),
      ),
      new Worker(
        QUEUE.schedule,
        (job: Job<{ source: SourceId }>) =>
          job.name === COVERAGE_REFRESH ? this.refreshCoverage() : this.triggerSync(job),
        options(1),
      ),
    );
    for (const worker of this.workers) {
      worker.on('failed', (job, error) =>
        logger.warn({ queue: worker.name, jobId: job?.id, err: error }, 'job failed'),
      );
      // A Redis that is down makes every worker fail its reconnects many times a second.
      worker.on('error', (error) => {
        const kind = `${worker.name}:${(error as { code?: string }).code ?? error.message}`;
        this.errors.report(kind, (passedOver) =>
          logger.error({ queue: worker.name, err: error, passedOver }, 'worker error'),
        );
      });
    }
  }

  private async pull(job: Job<PullJobData>) {
    const feed = this.deps.feeds[job.data.source];
    return runPull(this.deps.pool, feed, job.data, job.id, (counts) =>
      job.updateProgress({ ...counts }),
    );
  }

  /** Marks every organization for re-evaluation and queues a coverage run. */
  private async refreshCoverage() {
    const marked = await markAllDirty(this.deps.pool);
    await this.deps.queues.coverage.add(
      'coverage',
      { trigger: COVERAGE_REFRESH },
      { ...STAGE_RETRIES, removeOnComplete: { age: 7 * 86400 }, removeOnFail: { age: 30 * 86400 } },
    );
    return { marked };
  }

  private async triggerSync(job: Job<{ source: SourceId }>) {
    const flow = await this.deps.queues.addSyncFlow(
      [job.data.source],
      false,
      `schedule:${job.name}`,
    );
    return { resolveJobId: flow.job.id };
  }

  async waitUntilReady(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  /**
   * Stops taking jobs and lets the current ones finish. With Redis unreachable a finished job
   * could not be reported anyway (its lock lapses and another worker takes it over), so the
   * workers then stop at once instead of waiting for a Redis that may not come back.
   */
  async close(): Promise<void> {
    const redisAway = this.connections.some((connection) => connection.status !== 'ready');
    // Disconnected first, the commands waiting for Redis fail at once instead of holding close().
    if (redisAway) for (const connection of this.connections) connection.disconnect();
    await Promise.all(this.workers.map((w) => w.close(redisAway).catch(() => undefined)));
    for (const connection of this.connections) connection.disconnect();
    if (redisAway) this.outbox.disconnect();
    else await this.outbox.close().catch(() => undefined);
  }
}
