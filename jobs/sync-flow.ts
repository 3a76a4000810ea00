import { FlowProducer, Queue, QueueEvents, type JobNode } from 'bullmq';
import type Redis from 'ioredis';
import type { SourceId } from '../src/model/feeds';
import { logger } from '../src/runtime/logger';
import { RepeatedErrors } from '../src/runtime/repeated-errors';
import { QUEUE } from './queue-names';
import { redisConnection } from './redis-connection';

/**
 * Attempts of one pull job (a whole-feed failure such as an unreachable API or a database restart)
 * before it counts as failed: 3 s, 6 s … 48 s apart, about a minute and a half in all.
 */
export const PULL_ATTEMPTS = 6;

/**
 * Retries of a resolve or coverage job cut off by a fault (a lost database connection, a worker
 * killed mid-run): each chunk is one transaction taken off a queue table, so a retry resumes where
 * the committed work stopped and nothing is applied twice.
 */
export const STAGE_RETRIES = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
} as const;

/**
 * The hub's queues and the flow that chains a sync: the pulls of the chosen feeds run in parallel
 * as children of one resolve job, which starts when they have all finished — failed pulls are
 * ignored dependencies, so what did land is still resolved — and the resolve job is the child of
 * one coverage job, which re-evaluates what resolution changed.
 */
export class HubQueues {
  readonly pull: Queue;
  readonly resolve: Queue;
  readonly coverage: Queue;
  readonly schedule: Queue;
  private readonly flows: FlowProducer;
  private readonly connection: Redis;
  private events: Partial<Record<Stage, { events: QueueEvents; connection: Redis }>> = {};
  private readonly errors = new RepeatedErrors(30_000);

  constructor(
    private readonly redisUrl: string,
    readonly prefix: string,
  ) {
    this.connection = redisConnection(redisUrl);
    const options = { connection: this.connection, prefix };
    this.pull = new Queue(QUEUE.pull, options);
    this.resolve = new Queue(QUEUE.resolve, options);
    this.coverage = new Queue(QUEUE.coverage, options);
    this.schedule = new Queue(QUEUE.schedule, options);
    this.flows = new FlowProducer(options);
    for (const queue of [this.pull, this.resolve, this.coverage, this.schedule]) {
      queue.on('error', (error: Error) => this.connectionError(error));
    }
    this.flows.on('error', (error: Error) => this.connectionError(error));
  }

  /** Connection errors (Redis restarting) are retried by ioredis; they are logged, throttled. */
  private connectionError(error: Error): void {
    const kind = (error as { code?: string }).code ?? error.message;
    this.errors.report(kind, (passedOver) =>
      logger.warn({ err: error, passedOver }, 'queue connection error'),
    );
  }

  /**
   * Adds a sync flow: pull each feed, then resolve, then evaluate coverage. Returns the flow's root
   * (the coverage job); its child is the resolve job, whose children are the pulls.
   */
  async addSyncFlow(sources: SourceId[], full: boolean, trigger: string): Promise<JobNode> {
    const keep = { removeOnComplete: { age: 7 * 86400 }, removeOnFail: { age: 30 * 86400 } };
    return this.flows.add({
      name: 'coverage',
      queueName: QUEUE.coverage,
      data: { trigger, sources },
      opts: { ...keep, ...STAGE_RETRIES },
      children: [
        {
          name: 'resolve',
          queueName: QUEUE.resolve,
          data: { trigger, sources },
          opts: { ...keep, ...STAGE_RETRIES, ignoreDependencyOnFailure: true },
          children: sources.map((source) => ({
            name: `pull:${source}`,
            queueName: QUEUE.pull,
            data: { source, full },
            opts: {
              attempts: PULL_ATTEMPTS,
              backoff: { type: 'exponential', delay: 3000 },
              ignoreDependencyOnFailure: true,
              removeOnComplete: { age: 7 * 86400 },
              removeOnFail: { age: 30 * 86400 },
            },
          })),
        },
      ],
    });
  }

  /** Queue events of a stage (created on first use, closed with the queues). */
  queueEvents(stage: Stage): QueueEvents {
    if (!this.events[stage]) {
      const connection = redisConnection(this.redisUrl);
      const events = new QueueEvents(QUEUE[stage], { connection, prefix: this.prefix });
      events.on('error', (error: Error) => this.connectionError(error));
      this.events[stage] = { events, connection };
    }
    return this.events[stage].events;
  }

  /**
   * Waits until a job has completed or failed for good (retries spent), whatever happens on the
   * way: it asks for the job's state every `pollMs` rather than trusting one event, which a Redis
   * restart or a dropped connection can swallow. While Redis is away the question waits for it.
   */
  async settled(stage: Stage, jobId: string, pollMs = 1000): Promise<JobOutcome> {
    const queue = this[stage];
    for (;;) {
      const state = await queue.getJobState(jobId).catch(() => 'unreachable' as const);
      if (state === 'completed') return { state };
      if (state === 'failed') {
        const job = await queue.getJob(jobId).catch(() => undefined);
        return { state, reason: job?.failedReason ?? 'failed' };
      }
      if (state === 'unknown')
        return { state: 'failed', reason: `the ${stage} job ${jobId} is gone` };
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** Workers connected to the pull queue anywhere (BullMQ names worker connections in Redis). */
  async pullWorkerCount(): Promise<number> {
    return this.pull.getWorkersCount();
  }

  /** Closes the queues; with Redis unreachable, drops the connections first (nothing to wait for). */
  async close(): Promise<void> {
    const connections = [this.connection, ...Object.values(this.events).map((e) => e.connection)];
    if (connections.some((connection) => connection.status !== 'ready')) {
      for (const connection of connections) connection.disconnect();
    }
    for (const { events, connection } of Object.values(this.events)) {
      await events.close();
      connection.disconnect();
    }
    await Promise.all([
      this.pull.close(),
      this.resolve.close(),
      this.coverage.close(),
      this.schedule.close(),
      this.flows.close(),
    ]);
    this.connection.disconnect();
  }
}

export type Stage = 'pull' | 'resolve' | 'coverage';

/** How a job ended: completed, or failed with the reason of its last attempt. */
export type JobOutcome = { state: 'completed' } | { state: 'failed'; reason: string };
