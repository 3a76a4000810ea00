import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { logger } from '../../src/runtime/logger';

/**
 * Requests per identity and minute, counted in Redis so that every API replica shares the count.
 * While Redis is away each replica counts in its own memory (rate-limiter-flexible's insurance
 * limiter): the limit holds per replica, and no request fails for Redis.
 */
export class RequestRateLimiter {
  private readonly redis: Redis | null;
  private readonly limiter: RateLimiterRedis | RateLimiterMemory;

  constructor(perMinute: number, redisUrl: string | undefined, prefix: string) {
    const memory = new RateLimiterMemory({ points: perMinute, duration: 60 });
    if (!redisUrl) {
      this.redis = null;
      this.limiter = memory;
      return;
    }
    // No offline queue: while Redis is away a count fails at once and the memory limiter answers.
    this.redis = new Redis(redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
    });
    this.redis.on('error', (error: Error) =>
      logger.debug({ err: error }, 'rate limiter: Redis unavailable, counting in memory'),
    );
    this.limiter = new RateLimiterRedis({
      storeClient: this.redis,
      points: perMinute,
      duration: 60,
      keyPrefix: `${prefix}:rate`,
      insuranceLimiter: memory,
    });
  }

  /** Connects to Redis, waiting at most `ms` (the memory limiter answers meanwhile). */
  async ready(ms = 2000): Promise<void> {
    if (!this.redis) return;
    await Promise.race([
      this.redis.connect().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, ms).unref()),
    ]);
  }

  /** Null when the request may go on, else the seconds until the identity may ask again. */
  async consume(subject: string): Promise<number | null> {
    try {
      await this.limiter.consume(subject);
      return null;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes)
        return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
      logger.warn({ err: outcome }, 'rate limiter failed; request let through');
      return null;
    }
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}
