import type { Job } from 'bullmq';
import type { Pool } from 'pg';
import { signDelivery } from '../../src/webhooks/webhook-signature';
import { deliveryPayload, recordAttempt } from '../../src/webhooks/webhook-store';

/** How long a receiver may take to answer. */
const RECEIVER_TIMEOUT_MS = 10_000;

/**
 * Posts one delivery, signed, with its idempotency key (`X-Hub-Delivery`, the same on every
 * retry, so a receiver processes it once). A 2xx answer delivers it; anything else throws, and
 * BullMQ retries with backoff until the attempts are spent (then the delivery reads `failed`).
 */
export async function deliverWebhook(
  pool: Pool,
  job: Job<{ deliveryId: string }>,
): Promise<{ status: number }> {
  const payload = await deliveryPayload(pool, job.data.deliveryId);
  if (!payload || payload.status === 'delivered') return { status: 0 };
  const body = JSON.stringify(payload.body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  let status: number | null = null;
  try {
    const response = await fetch(payload.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'coverage-hub-webhooks',
        'x-hub-event': 'coverage.change',
        'x-hub-delivery': payload.idempotencyKey,
        'x-hub-timestamp': timestamp,
        'x-hub-signature-256': signDelivery(payload.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(RECEIVER_TIMEOUT_MS),
    });
    status = response.status;
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`receiver answered ${response.status}`);
  } catch (error) {
    const message = (error as Error).message;
    await recordAttempt(pool, job.data.deliveryId, {
      delivered: false,
      status,
      error: message,
      final,
    });
    throw error;
  }
  await recordAttempt(pool, job.data.deliveryId, { delivered: true, status, error: null, final });
  return { status };
}
