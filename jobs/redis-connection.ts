import Redis from 'ioredis';

/**
 * A Redis connection for BullMQ. Workers and QueueEvents block, so BullMQ requires
 * `maxRetriesPerRequest: null`; the caller owns the client and must `quit()` it (BullMQ's
 * `close()` does not).
 */
export function redisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}
