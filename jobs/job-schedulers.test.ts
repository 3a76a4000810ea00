import { enterprise, landRecords, testUscc } from '../test/support/graph-builder';
import { testQueuePrefix, TEST_REDIS_URL, useTestDatabase } from '../test/support/test-database';
import { loadHubConfig } from '../src/config/hub-config';
import { resolvePending } from '../src/resolution/resolve-pending';
import { metricsRegistry } from '../src/runtime/metrics';
import { HubWorkers } from './hub-workers';
import { COVERAGE_REFRESH, upsertSyncSchedulers } from './job-schedulers';
import { HubQueues } from './sync-flow';

describe('job schedulers', () => {
  const db = useTestDatabase();
  let queues: HubQueues;
  let workers: HubWorkers;

  beforeAll(async () => {
    queues = new HubQueues(TEST_REDIS_URL, testQueuePrefix());
    workers = new HubWorkers({
      pool: db.pool,
      redisUrl: TEST_REDIS_URL,
      prefix: queues.prefix,
      feeds: loadHubConfig({}).feeds,
      queues,
    });
    await workers.waitUntilReady();
  });
  afterAll(async () => {
    await workers.close();
    await queues.schedule.obliterate({ force: true });
    await queues.close();
  });

  it('schedules a pull per feed and the nightly coverage refresh, honouring `off`', async () => {
    const active = await upsertSyncSchedulers(queues.schedule, {
      HUB_SCHEDULE_TAX: 'off',
      HUB_SCHEDULE_STATISTICS: '0 3 * * *',
    });
    expect(active).not.toHaveProperty('tax');
    expect(active).toMatchObject({ statistics: '0 3 * * *', [COVERAGE_REFRESH]: '30 1 * * *' });
    const ids = (await queues.schedule.getJobSchedulers()).map((s) => s.key ?? s.id).sort();
    expect(ids).toContain('sync:market-regulation');
    expect(ids).not.toContain('sync:tax');
  });

  it('re-evaluates every organization when the coverage refresh fires', async () => {
    await landRecords(db.pool, [enterprise('R1', testUscc(11), '西安测试科技有限公司')]);
    await resolvePending(db.pool);
    await db.pool.query('delete from coverage_dirty');
    const events = queues.queueEvents('coverage');
    await events.waitUntilReady();
    const finished = new Promise<void>((resolve) => events.once('completed', () => resolve()));
    await queues.schedule.add(COVERAGE_REFRESH, {});
    await finished;
    const facts = await db.pool.query(
      `select count(*)::int as n from coverage_fact where valid_to is null`,
    );
    expect(facts.rows[0].n).toBe(1);
    expect((await db.pool.query('select count(*)::int as n from coverage_dirty')).rows[0].n).toBe(
      0,
    );
    expect(await metricsRegistry.metrics()).toMatch(
      /hub_stage_duration_seconds_count\{stage="coverage",source=""\} [1-9]/,
    );
  });
});
