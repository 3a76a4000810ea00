import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSandboxRegistries, type SandboxRegistries } from '../registries';
import { removeDeltas } from '../registries/apply-delta';
import type { Enterprise } from '../generator';
import { makeProvince, type ProvinceFixture } from './province-fixture';

interface Page {
  data: Enterprise[];
  next_cursor: string | null;
  server_time: string;
}

let province: ProvinceFixture;
let sandbox: SandboxRegistries;
let clockMs = Date.parse('2026-11-24T12:00:00+08:00');
let lines: Enterprise[];

const auth = { Authorization: 'Bearer sandbox-token' };

async function getPage(query: string): Promise<Page> {
  const res = await fetch(`${sandbox.feedUrl('market-regulation')}/enterprises?${query}`, {
    headers: auth,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

async function pageAll(query: string): Promise<Enterprise[]> {
  const all: Enterprise[] = [];
  let page = await getPage(query);
  all.push(...page.data);
  while (page.next_cursor) {
    page = await getPage(`cursor=${encodeURIComponent(page.next_cursor)}&limit=37`);
    all.push(...page.data);
  }
  return all;
}

beforeAll(async () => {
  province = await makeProvince(300, 11);
  sandbox = await startSandboxRegistries({
    dataDir: province.dir,
    port: 0,
    now: () => new Date(clockMs),
  });
  lines = readFileSync(join(province.dir, 'feeds/market-regulation/enterprises.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Enterprise);
});

afterAll(async () => {
  await sandbox.close();
  province.cleanup();
});

describe('GET /market-regulation/enterprises', () => {
  test('paging returns every enterprise exactly once, ordered by (updated_at, reg_id)', async () => {
    const all = await pageAll('limit=37');
    expect(all).toHaveLength(lines.length);
    expect(new Set(all.map((e) => e.reg_id)).size).toBe(lines.length);
    const keys = all.map((e) => [Date.parse(e.updated_at), e.reg_id] as const);
    for (let i = 1; i < keys.length; i++) {
      const [u0, r0] = keys[i - 1];
      const [u1, r1] = keys[i];
      expect(u0 < u1 || (u0 === u1 && r0 < r1)).toBe(true);
    }
  });

  test('updated_since filters by updated_at ≥ since', async () => {
    const sorted = lines.map((e) => Date.parse(e.updated_at)).sort((a, b) => a - b);
    const since = sorted[Math.floor(sorted.length / 2)];
    const all = await pageAll(
      `updated_since=${encodeURIComponent(new Date(since).toISOString())}&limit=50`,
    );
    expect(all).toHaveLength(sorted.filter((u) => u >= since).length);
    expect(all.every((e) => Date.parse(e.updated_at) >= since)).toBe(true);
  });

  test('default limit 100, server_time in +08:00', async () => {
    const page = await getPage('');
    expect(page.data).toHaveLength(Math.min(100, lines.length));
    expect(page.server_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
  });

  test('401 without or with a wrong token', async () => {
    const url = `${sandbox.feedUrl('market-regulation')}/enterprises`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: 'Bearer nope' } })).status).toBe(401);
  });

  test('400 for a bad limit, updated_since or cursor', async () => {
    const base = `${sandbox.feedUrl('market-regulation')}/enterprises`;
    for (const q of [
      'limit=0',
      'limit=1001',
      'limit=abc',
      'updated_since=yesterday',
      'cursor=garbage',
    ]) {
      expect((await fetch(`${base}?${q}`, { headers: auth })).status).toBe(400);
    }
  });

  test('scripted faults are consumed in order: 429 with Retry-After, 503, broken body, then normal', async () => {
    sandbox.injectFaults('/market-regulation/enterprises', [
      { status: 429, retryAfterSeconds: 7 },
      { status: 503 },
      { brokenBody: true },
    ]);
    const url = `${sandbox.feedUrl('market-regulation')}/enterprises?limit=5`;
    const r1 = await fetch(url, { headers: auth });
    expect(r1.status).toBe(429);
    expect(r1.headers.get('retry-after')).toBe('7');
    expect((await fetch(url, { headers: auth })).status).toBe(503);
    const r3 = await fetch(url, { headers: auth });
    expect(r3.status).toBe(200);
    await expect(r3.json()).rejects.toThrow();
    expect((await fetch(url, { headers: auth })).status).toBe(200);
  });

  test('a scripted delay holds the response', async () => {
    sandbox.injectFaults('/market-regulation/enterprises', [{ delayMs: 300 }]);
    const t0 = Date.now();
    const res = await fetch(`${sandbox.feedUrl('market-regulation')}/enterprises?limit=1`, {
      headers: auth,
    });
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });

  test('a cursor expires after 24 h with 410; scripted 410 too', async () => {
    const first = await getPage('limit=10');
    expect(first.next_cursor).not.toBeNull();
    clockMs += 25 * 3600 * 1000;
    const res = await fetch(
      `${sandbox.feedUrl('market-regulation')}/enterprises?cursor=${first.next_cursor}`,
      { headers: auth },
    );
    expect(res.status).toBe(410);
    sandbox.injectFaults('/market-regulation/enterprises', [{ status: 410 }]);
    expect(
      (await fetch(`${sandbox.feedUrl('market-regulation')}/enterprises`, { headers: auth }))
        .status,
    ).toBe(410);
  });

  test('request counters per route', () => {
    expect(sandbox.requests['/market-regulation/enterprises']).toBeGreaterThan(10);
  });

  test('applyDelta serves changed records after the previous window', async () => {
    const before = await getPage('limit=1');
    const summary = await sandbox.applyDelta({ fraction: 0.1, seed: 3 });
    expect(summary.changed).toBeGreaterThan(0);
    const changed = await pageAll(
      `updated_since=${encodeURIComponent(before.server_time)}&limit=100`,
    );
    expect(changed.length).toBe(summary.changed);
    const all = await pageAll('limit=200');
    expect(all).toHaveLength(lines.length);
  });

  test('removeDeltas leaves the province as generated for the next sandbox', async () => {
    const dir = join(province.dir, 'feeds/market-regulation');
    await sandbox.applyDelta({ fraction: 0.1, seed: 4 });
    const deltas = readdirSync(dir).filter((f) => f.includes('.delta-'));
    expect(deltas.length).toBeGreaterThan(0);
    expect(removeDeltas(province.dir)).toBe(deltas.length);
    expect(readdirSync(dir)).toEqual(['enterprises.ndjson']);
    const fresh = await startSandboxRegistries({
      dataDir: province.dir,
      port: 0,
      now: () => new Date(clockMs),
    });
    try {
      const res = await fetch(`${fresh.feedUrl('market-regulation')}/enterprises?limit=1000`, {
        headers: auth,
      });
      const byId = (a: Enterprise, b: Enterprise) => a.reg_id.localeCompare(b.reg_id);
      expect(((await res.json()) as Page).data.sort(byId)).toEqual([...lines].sort(byId));
    } finally {
      await fresh.close();
    }
  });
});
