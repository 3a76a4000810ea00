import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startSandboxRegistries, type SandboxRegistries } from '../registries';
import type { PartyOrgRecord } from '../generator/feeds/party-org';
import { feedPath, readNdjson } from './feed-files';
import { makeProvince, type ProvinceFixture } from './province-fixture';

let p: ProvinceFixture;
let sandbox: SandboxRegistries;
const auth = { Authorization: 'Bearer t0k3n' };
const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${sandbox.url}${path}`, { headers: { ...auth, ...headers } });

beforeAll(async () => {
  p = await makeProvince(1200, 21);
  sandbox = await startSandboxRegistries({ dataDir: p.dir, port: 0, token: 't0k3n' });
});
afterAll(async () => {
  await sandbox.close();
  p.cleanup();
});

describe('tax XML', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name) => name === 'Taxpayer' || name === 'Period',
  });

  test('periods list, paged taxpayers (500 a page) covering the whole export', async () => {
    const periods = parser.parse(await (await get('/tax/periods')).text()) as {
      TaxPeriods: { Period: string[] };
    };
    expect(periods.TaxPeriods.Period).toEqual(['202609', '202610']);
    expect(await (await get('/tax/periods', { Accept: 'application/json' })).json()).toEqual({
      periods: ['202609', '202610'],
    });
    const lines = readFileSync(feedPath(p.dir, 'tax', 'periods', '202610.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const ids: string[] = [];
    let pages = 1;
    for (let page = 1; page <= pages; page++) {
      const res = await get(
        `${sandbox.feedUrl('tax')}/taxpayers?period=202610&page=${page}`.slice(sandbox.url.length),
      );
      expect(res.headers.get('content-type')).toContain('application/xml');
      const doc = parser.parse(await res.text()) as {
        TaxpayerExport: {
          period: string;
          page: string;
          pages: string;
          Taxpayer: Record<string, string>[];
        };
      };
      pages = Number(doc.TaxpayerExport.pages);
      expect(doc.TaxpayerExport.period).toBe('202610');
      expect(doc.TaxpayerExport.Taxpayer.length).toBeLessThanOrEqual(500);
      ids.push(...doc.TaxpayerExport.Taxpayer.map((t) => t.NSRSBH));
      expect(Object.keys(doc.TaxpayerExport.Taxpayer[0])).toEqual([
        'NSRSBH',
        'NSRMC',
        'NSRZT',
        'NSRLX',
        'XYDJ',
        'DJRQ',
        'SCJYDZ',
        'XZQHDM',
        'HYDM',
        'DKDJRS',
        'ZGSWJG',
      ]);
    }
    expect(pages).toBe(Math.ceil(lines.length / 500));
    expect(ids).toEqual(lines.map((l) => (JSON.parse(l) as { NSRSBH: string }).NSRSBH));
  });

  test('404 for an unknown period or page, 400 for a malformed one, truncated XML on a broken body', async () => {
    expect((await get('/tax/taxpayers?period=201901')).status).toBe(404);
    expect((await get('/tax/taxpayers?period=202610&page=999')).status).toBe(404);
    expect((await get('/tax/taxpayers?period=2026-10')).status).toBe(400);
    sandbox.injectFaults('/tax/taxpayers', [{ brokenBody: true }]);
    const broken = await get('/tax/taxpayers?period=202610&page=1');
    expect(broken.status).toBe(200);
    expect(XMLValidator.validate(await broken.text())).not.toBe(true);
  });
});

describe('Party roster', () => {
  test('party-orgs pages of 500 with since filtering; member distribution', async () => {
    const all = readNdjson<PartyOrgRecord>(feedPath(p.dir, 'party-org', 'party-orgs.ndjson'));
    const page1 = (await (await get('/party-org/party-orgs')).json()) as {
      items: PartyOrgRecord[];
      page: number;
      pages: number;
      server_time: string;
    };
    expect(page1.pages).toBe(Math.ceil(all.length / 500));
    const seen: PartyOrgRecord[] = [...page1.items];
    for (let n = 2; n <= page1.pages; n++)
      seen.push(
        ...(
          (await (await get(`/party-org/party-orgs?page=${n}`)).json()) as {
            items: PartyOrgRecord[];
          }
        ).items,
      );
    expect(new Set(seen.map((o) => o.org_id)).size).toBe(all.length);
    const since = '2026-08-01T00:00:00+08:00';
    const filtered = (await (
      await get(`/party-org/party-orgs?since=${encodeURIComponent(since)}`)
    ).json()) as { items: PartyOrgRecord[]; pages: number };
    const expected = all.filter((o) => Date.parse(o.updated_at) >= Date.parse(since)).length;
    expect(filtered.pages).toBe(Math.ceil(expected / 500));
    expect(filtered.items.every((o) => Date.parse(o.updated_at) >= Date.parse(since))).toBe(true);
    const dist = (await (
      await get('/party-org/member-distribution?since=2026-10-01T00:00:00%2B08:00')
    ).json()) as { items: { as_of: string }[] };
    expect(dist.items.length).toBeGreaterThan(0);
    expect(dist.items.every((d) => d.as_of >= '2026-10-01')).toBe(true);
    expect((await get('/party-org/party-orgs?since=nonsense')).status).toBe(400);
  });
});

describe('union roster', () => {
  test('strong ETag and 304 on If-None-Match', async () => {
    const first = await get('/trade-union/unions.csv');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const body = Buffer.from(await first.arrayBuffer());
    expect(body.equals(readFileSync(feedPath(p.dir, 'trade-union', 'unions.csv')))).toBe(true);
    expect((await get('/trade-union/unions.csv', { 'If-None-Match': etag })).status).toBe(304);
    expect((await get('/trade-union/unions.csv', { 'If-None-Match': '"other"' })).status).toBe(200);
  });
});

describe('drop inboxes and auth', () => {
  test('drop files are copied, not moved, into inbox/<source>', () => {
    for (const source of ['civil-affairs', 'statistics', 'federation'] as const) {
      const from = readdirSync(feedPath(p.dir, source)).sort();
      expect(readdirSync(sandbox.inboxes[source]).sort()).toEqual(from);
      for (const f of from) expect(existsSync(join(feedPath(p.dir, source), f))).toBe(true);
    }
    expect(sandbox.inboxes['civil-affairs']).toBe(join(p.dir, 'inbox', 'civil-affairs'));
  });

  test('every route needs the token', async () => {
    for (const path of [
      '/tax/periods',
      '/party-org/party-orgs',
      '/trade-union/unions.csv',
      '/market-regulation/enterprises',
    ]) {
      expect((await fetch(`${sandbox.url}${path}`)).status).toBe(401);
    }
    expect(sandbox.requests['/tax/periods']).toBeGreaterThan(1);
  });

  test('random faults at a seeded rate', async () => {
    const noisy = await startSandboxRegistries({
      dataDir: p.dir,
      port: 0,
      faults: { rate: 0.5, seed: 4 },
      inboxRoot: join(p.dir, 'inbox2'),
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const res = await fetch(`${noisy.url}/tax/periods`, {
          headers: { Authorization: 'Bearer sandbox-token' },
        });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
      expect(statuses.filter((s) => s !== 200).length).toBeGreaterThan(3);
    } finally {
      await noisy.close();
    }
  });
});
