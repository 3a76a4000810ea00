import type { Batch } from '../../src/landing/batch';
import type { FeedConfig } from '../../src/config/hub-config';
import { startSandboxProvince, type SandboxProvince } from '../../test/support/sandbox-province';
import { UnreadableOriginError } from '../shared/connector';
import { marketRegulationConnector } from '.';

/** Fast retries so fault tests take milliseconds, not minutes. */
const FAST = { maxRetries: 4, baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 300 };

describe('market-regulation connector against the sandbox registry', () => {
  let province: SandboxProvince;
  let enterpriseKeys: string[];
  let faultyKeys: string[];

  beforeAll(async () => {
    province = await startSandboxProvince(400, 11);
    enterpriseKeys = province
      .ndjson<{ reg_id: string }>('feeds/market-regulation/enterprises.ndjson')
      .map((e) => e.reg_id);
    faultyKeys = province
      .faults('market-regulation')
      .map((f) => f.key!)
      .filter(Boolean);
  });
  afterAll(() => province.close());

  const feed = (options: Record<string, unknown> = {}): FeedConfig => ({
    source: 'market-regulation',
    transport: 'http',
    sandbox: false,
    url: province.registries.feedUrl('market-regulation'),
    token: province.registries.token,
    options: { pageSize: 50, http: FAST, ...options },
  });

  async function pullAll(checkpoints: Record<string, Record<string, unknown>> = {}, f = feed()) {
    const batches: Batch[] = [];
    for await (const batch of marketRegulationConnector.pull({ feed: f, checkpoints, full: false }))
      batches.push(batch);
    return batches;
  }
  const keysOf = (batches: Batch[]) =>
    batches.flatMap((b) => [
      ...b.records.map((r) => r.key),
      ...b.rejections.map((r) => r.recordKey!),
    ]);

  it('delivers every enterprise exactly once, quarantining exactly the injected bad ones', async () => {
    const batches = await pullAll();
    expect(new Set(keysOf(batches))).toEqual(new Set(enterpriseKeys));
    expect(keysOf(batches)).toHaveLength(new Set(enterpriseKeys).size);
    const rejected = batches.flatMap((b) => b.rejections.map((r) => r.recordKey));
    expect(rejected.sort()).toEqual([...faultyKeys].sort());
    expect(batches.at(-1)!.checkpoint).toEqual({ updatedSince: expect.any(String) });
  });

  it('asks only for what changed since the last window', async () => {
    const first = await pullAll();
    const checkpoint = { enterprises: first.at(-1)!.checkpoint! };
    expect(keysOf(await pullAll(checkpoint))).toEqual([]);
    const delta = await province.registries.applyDelta({ fraction: 0.05, seed: 3 });
    const changed = keysOf(await pullAll(checkpoint));
    expect(changed).toHaveLength(delta.changed);
  });

  it('waits out 429 with Retry-After and retries 503 and timeouts', async () => {
    province.registries.injectFaults('/market-regulation/enterprises', [
      { status: 429, retryAfterSeconds: 0 },
      { status: 503 },
      { delayMs: 1000 },
      { status: 502 },
    ]);
    const before = province.registries.requests['/market-regulation/enterprises'] ?? 0;
    const batches = await pullAll();
    expect(new Set(keysOf(batches))).toEqual(new Set(enterpriseKeys));
    const pages = batches.length;
    expect(province.registries.requests['/market-regulation/enterprises'] - before).toBe(pages + 4);
  });

  it('restarts the window when a cursor expired (410) and still delivers everything', async () => {
    // Without the page ahead, so that the injected 410 meets the resumed pull and not a request the
    // first one left in flight.
    const firstPage = await (async () => {
      for await (const batch of marketRegulationConnector.pull({
        feed: feed({ pageAhead: false }),
        checkpoints: {},
        full: false,
      }))
        return batch;
      throw new Error('no page');
    })();
    province.registries.injectFaults('/market-regulation/enterprises', [{ status: 410 }]);
    const resumed = await pullAll({ enterprises: firstPage.checkpoint! });
    expect(new Set([...keysOf([firstPage]), ...keysOf(resumed)])).toEqual(new Set(enterpriseKeys));
    expect(keysOf(resumed)).toHaveLength(new Set(enterpriseKeys).size);
  });

  it('requests the next page while the current one lands, and only with pageAhead', async () => {
    const requests = () => province.registries.requests['/market-regulation/enterprises'] ?? 0;
    const requestedWhileLanding = async (pageAhead: boolean) => {
      const before = requests();
      for await (const batch of marketRegulationConnector.pull({
        feed: feed({ pageAhead }),
        checkpoints: {},
        full: false,
      })) {
        expect(batch.records.length + batch.rejections.length).toBe(50);
        // The landing of the first page takes this long; the page after it is meanwhile on its way
        // (or not).
        await new Promise((resolve) => setTimeout(resolve, 200));
        return requests() - before;
      }
      throw new Error('no page');
    };
    expect(await requestedWhileLanding(true)).toBe(2);
    expect(await requestedWhileLanding(false)).toBe(1);
  });

  it('gives up on a page that stays broken and names it', async () => {
    province.registries.injectFaults('/market-regulation/enterprises', [
      { brokenBody: true },
      { brokenBody: true },
      { brokenBody: true },
    ]);
    await expect(pullAll()).rejects.toBeInstanceOf(UnreadableOriginError);
  });

  it('refuses a wrong token with a clear error', async () => {
    await expect(pullAll({}, { ...feed(), token: 'wrong' })).rejects.toThrow(/HTTP 401/);
  });
});
