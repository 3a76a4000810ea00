import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import type { Pool } from 'pg';
import { fanOutChanges } from '../src/webhooks/webhook-store';
import { logger } from '../src/runtime/logger';
import { QUEUE } from './queue-names';
import { redisConnection } from './redis-connection';

/** Retries of a delivery: 10 attempts, from 2 s doubling (about 17 minutes in all). */
export const DELIVERY_RETRIES = { attempts: 10, backoff: { type: 'exponential', delay: 2000 } };

/**
 * Queues webhook deliveries: the coverage stage fans its new changes out to the subscriptions and
 * queues one job per delivery; a replay queues one again. A job's id is its delivery's (and the
 * replay's generation), so a delivery is never queued twice at once.
 */
export class WebhookOutbox {
  private readonly connection: Redis;
  readonly queue: Queue;

  constructor(redisUrl: string, prefix: string) {
    this.connection = redisConnection(redisUrl);
    this.queue = new Queue(QUEUE.webhook, { connection: this.connection, prefix });
    this.queue.on('error', (error: Error) =>
      logger.warn({ err: error }, 'webhook queue connection error'),
    );
  }

  /** Fans the changes recorded since the last time out, and queues their deliveries. */
  async publishChanges(pool: Pool): Promise<number> {
    const ids = await fanOutChanges(pool);
    await this.enqueue(ids);
    return ids.length;
  }

  async enqueue(deliveryIds: string[], generation = 0): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.queue.addBulk(
      deliveryIds.map((id) => ({
        name: 'deliver',
        data: { deliveryId: id },
        opts: {
          ...DELIVERY_RETRIES,
          jobId: `delivery-${id}-${generation}`,
          removeOnComplete: { age: 86400 },
          removeOnFail: { age: 30 * 86400 },
        },
      })),
    );
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }

  /** Drops the connection at once (Redis away: closing would wait for it). */
  disconnect(): void {
    this.connection.disconnect();
  }
}
