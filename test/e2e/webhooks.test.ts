import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'bullmq';
import type { Pool } from 'pg';
import { deliverWebhook } from '../../jobs/processors/webhook-processor';
import { QUEUE } from '../../jobs/queue-names';
import { redisConnection } from '../../jobs/redis-connection';
import { WebhookOutbox } from '../../jobs/webhook-outbox';
import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { resolvePending } from '../../src/resolution/resolve-pending';
import { verifyDelivery } from '../../src/webhooks/webhook-signature';
import { createSubscription, resetForReplay } from '../../src/webhooks/webhook-store';
import { enterprise, landRecords, statisticsUnit, testUscc, union } from '../support/graph-builder';
import { testQueuePrefix, TEST_REDIS_URL, useTestDatabase } from '../support/test-database';

const [A, B] = [1, 2].map((n) => testUscc(n));
const SECRET = 'a-secret-of-the-portal-0123456789';

/** A portal's receiver: checks signatures, fails its first request, processes each key once. */
class Receiver {
  readonly requests: Array<{ key: string; valid: boolean; status: number }> = [];
  readonly processed = new Map<string, Record<string, unknown>>();
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const key = String(req.headers['x-hub-delivery']);
        const valid = verifyDelivery(
          SECRET,
          String(req.headers['x-hub-timestamp']),
          body,
          String(req.headers['x-hub-signature-256']),
        );
        const status = !valid ? 401 : this.requests.length === 0 ? 500 : 200;
        this.requests.push({ key, valid, status });
        if (status === 200 && !this.processed.has(key))
          this.processed.set(key, JSON.parse(body) as Record<string, unknown>);
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  stop(): Promise<unknown> {
    const closed = new Promise((resolve) => this.server.close(resolve));
    this.server.closeAllConnections();
    return closed;
  }
}

describe('webhooks for portals', () => {
  const db = useTestDatabase();
  const prefix = testQueuePrefix();
  const receiver = new Receiver();
  let outbox: WebhookOutbox;
  let worker: Worker;
  const connection = redisConnection(TEST_REDIS_URL);

  const until = async (check: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + 30_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const deliveries = async (pool: Pool) =>
    (
      await pool.query<{ id: string; status: string; attempts: number; last_status: number }>(
        'select id::text, status, attempts, last_status from webhook_delivery order by id',
      )
    ).rows;

  beforeAll(async () => {
    await receiver.start();
    outbox = new WebhookOutbox(TEST_REDIS_URL, prefix);
    worker = new Worker(QUEUE.webhook, (job) => deliverWebhook(db.pool, job), {
      connection,
      prefix,
      // Retries come quickly here: the first answer is a 500.
      settings: { backoffStrategy: () => 200 },
    });
  });
  afterAll(async () => {
    await worker.close();
    connection.disconnect();
    await outbox.close();
    await receiver.stop();
  });

  it('posts each change once per subscription, signed, retried after a 500', async () => {
    await createSubscription(db.pool, {
      url: receiver.url,
      events: ['OPENED', 'CLOSED'],
      rule: 'U1_NO_STANDALONE_UNION',
      region: '610100',
      ruleSet: 'shaanxi-2021',
      secret: SECRET,
      createdBy: 'test',
    });
    await landRecords(db.pool, [
      enterprise('RA', A, '西安甲科技有限公司'),
      enterprise('RB', B, '宝鸡乙科技有限公司', { divisionCode: '610302' }),
      statisticsUnit(A, '西安甲科技有限公司', 30),
      statisticsUnit(B, '宝鸡乙科技有限公司', 30),
    ]);
    await resolvePending(db.pool);
    await runCoverage(db.pool);
    // Xi'an's U1 gap opened; Baoji's is outside the subscription's region.
    expect(await outbox.publishChanges(db.pool)).toBe(1);
    expect(await outbox.publishChanges(db.pool)).toBe(0);
    await until(async () => (await deliveries(db.pool))[0]?.status === 'delivered', 'delivery');
    const [first] = await deliveries(db.pool);
    expect(first).toMatchObject({ attempts: 2, last_status: 200 });
    expect(receiver.requests.map((r) => r.status)).toEqual([500, 200]);
    expect(receiver.requests.every((r) => r.valid)).toBe(true);
    expect(new Set(receiver.requests.map((r) => r.key)).size).toBe(1);
    const [body] = [...receiver.processed.values()];
    expect(body).toMatchObject({
      event: 'coverage.change',
      change: 'OPENED',
      rule: 'U1_NO_STANDALONE_UNION',
      organization: { uscc: A, division: '610113' },
    });

    // A standalone union closes the gap: one more delivery.
    await landRecords(db.pool, [union('UA', '单独建会', [[A, '西安甲科技有限公司']], 30)]);
    await resolvePending(db.pool);
    await runCoverage(db.pool);
    expect(await outbox.publishChanges(db.pool)).toBe(1);
    await until(
      async () => (await deliveries(db.pool)).every((d) => d.status === 'delivered'),
      'second delivery',
    );
    expect([...receiver.processed.values()].map((b) => b.change)).toEqual(['OPENED', 'CLOSED']);
  });

  it('replays a delivery with the same idempotency key, which the receiver processes once', async () => {
    const [first] = await deliveries(db.pool);
    const before = receiver.requests.length;
    expect(await resetForReplay(db.pool, first.id)).toBe(true);
    await outbox.enqueue([first.id], 1);
    await until(async () => receiver.requests.length > before, 'the replay');
    await until(async () => (await deliveries(db.pool))[0].status === 'delivered', 'delivered');
    expect(receiver.requests.at(-1)!.key).toBe(receiver.requests[0].key);
    expect(receiver.processed.size).toBe(2);
  });
});
