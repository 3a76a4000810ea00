import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Batch } from '../../src/landing/batch';
import { UnreadableOriginError, type PullContext } from '../shared/connector';
import {
  FAST_HTTP_POLICY,
  drain,
  send,
  startTestHttpServer,
  type TestHttpServer,
} from '../shared/test-http-server';
import { taxConnector } from '.';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

/** A tax department: `/periods` and the fixture pages, with faults injected per test. */
interface TaxDepartment {
  periods: string[];
  /** How `/periods` answers: SPEC's object, or the bare array some deployments send. */
  periodShape?: 'object' | 'array';
  /** Answers a request instead of the fixture when it returns true. */
  fault?: (target: string, hit: number, response: import('node:http').ServerResponse) => boolean;
}

let department: TaxDepartment;
let server: TestHttpServer;

beforeAll(async () => {
  server = await startTestHttpServer(({ url, hit, headers }, response) => {
    if (headers.authorization !== 'Bearer t0ken') return send(response, 401, 'no token');
    const target = `${url.pathname}${url.search}`;
    if (department.fault?.(target, hit, response)) return;
    if (url.pathname === '/periods') {
      const body =
        department.periodShape === 'array'
          ? department.periods
          : { periods: [...department.periods].reverse() };
      return send(response, 200, JSON.stringify(body), { 'content-type': 'application/json' });
    }
    const name =
      `taxpayers-${url.searchParams.get('period')}-page` + `${url.searchParams.get('page')}.xml`;
    try {
      send(response, 200, fixture(name), { 'content-type': 'application/xml; charset=utf-8' });
    } catch {
      send(response, 404, 'no such page');
    }
  });
});

afterAll(() => server.close());

beforeEach(() => {
  department = { periods: ['202609', '202610'] };
  server.reset();
});

function context(checkpoint?: Record<string, unknown>, full = false): PullContext {
  return {
    feed: {
      source: 'tax',
      transport: 'http',
      url: server.url,
      token: 't0ken',
      sandbox: false,
      options: { http: FAST_HTTP_POLICY },
    },
    checkpoints: checkpoint ? { taxpayers: checkpoint } : {},
    full,
  };
}

const page = (period: string, n: number) => `/taxpayers?period=${period}&page=${n}`;

describe('tax connector over HTTP', () => {
  it.each(['object', 'array'] as const)(
    'reads the period list as %s, in any order',
    async (periodShape) => {
      department.periodShape = periodShape;
      const { batches, error } = await drain(taxConnector.pull(context()));
      expect(error).toBeUndefined();
      expect(server.requests).toEqual([
        '/periods',
        page('202609', 1),
        page('202610', 1),
        page('202610', 2),
      ]);
      expect(batches).toHaveLength(3);
    },
  );

  it('reads every period page by page, one batch per page with the checkpoint after it', async () => {
    const { batches, error } = await drain(taxConnector.pull(context()));
    expect(error).toBeUndefined();
    expect(server.requests).toEqual([
      '/periods',
      page('202609', 1),
      page('202610', 1),
      page('202610', 2),
    ]);
    expect(batches.map((b) => b.checkpoint)).toEqual([
      { done: ['202609'] },
      { done: ['202609'], current: { period: '202610', page: 1 } },
      { done: ['202609', '202610'] },
    ]);
    expect(batches.map((b) => [b.records.length, b.rejections.length])).toEqual([
      [2, 0],
      [5, 11],
      [1, 0],
    ]);
    const expected = JSON.parse(fixture('expected-records.json')) as {
      records: unknown[];
      rejections: unknown[];
    };
    expect(batches[1].records.map((r) => r.canonical)).toEqual(expected.records);
    expect(batches[1].rejections.map((r) => ({ position: r.position, reason: r.reason }))).toEqual(
      expected.rejections,
    );
    expect(batches[1].origin).toBe(`${server.url}${page('202610', 1)}`);
    expect(batches[0].records[0].canonical.observedAt).toBe('2026-09-30T16:00:00.000Z');
  });

  it('resumes a period in progress at its next page', async () => {
    const { batches } = await drain(
      taxConnector.pull(context({ done: ['202609'], current: { period: '202610', page: 1 } })),
    );
    expect(server.requests).toEqual(['/periods', page('202610', 2)]);
    expect(batches.map((b) => b.checkpoint)).toEqual([{ done: ['202609', '202610'] }]);
  });

  it('reads only the periods not done yet, and everything again on a full pull', async () => {
    department.periods = ['202609', '202610', '202611'];
    const incremental = await drain(taxConnector.pull(context({ done: ['202609', '202610'] })));
    expect(server.requests).toEqual(['/periods', page('202611', 1)]);
    expect(incremental.batches.map((b) => b.checkpoint)).toEqual([
      { done: ['202609', '202610', '202611'] },
    ]);

    server.reset();
    const nothingNew = await drain(
      taxConnector.pull(context({ done: ['202609', '202610', '202611'] })),
    );
    expect(nothingNew.batches).toEqual([]);
    expect(server.requests).toEqual(['/periods']);

    server.reset();
    const full = await drain(
      taxConnector.pull(context({ done: ['202609', '202610', '202611'] }, true)),
    );
    expect(full.batches).toHaveLength(4);
    expect(server.requests).toHaveLength(5);
  });

  it('waits out a 429 with Retry-After, and a 503, then goes on', async () => {
    department.fault = (target, hit, response) => {
      if (target === page('202609', 1) && hit === 1)
        return (send(response, 429, 'slow down', { 'retry-after': '1' }), true);
      if (target === page('202610', 2) && hit === 1) return (send(response, 503, 'busy'), true);
      return false;
    };
    const { batches, error } = await drain(taxConnector.pull(context()));
    expect(error).toBeUndefined();
    expect(batches).toHaveLength(3);
    expect(server.requests.filter((r) => r === page('202609', 1))).toHaveLength(2);
    expect(server.requests.filter((r) => r === page('202610', 2))).toHaveLength(2);
  });

  it('fetches a truncated XML page again', async () => {
    const whole = fixture('taxpayers-202610-page1.xml');
    department.fault = (target, hit, response) =>
      target === page('202610', 1) && hit <= 2
        ? (send(response, 200, whole.slice(0, whole.length / 2), {
            'content-type': 'application/xml',
          }),
          true)
        : false;
    const { batches, error } = await drain(taxConnector.pull(context()));
    expect(error).toBeUndefined();
    expect(batches[1].records).toHaveLength(5);
    expect(server.requests.filter((r) => r === page('202610', 1))).toHaveLength(3);
  });

  it('gives up on a page broken three times: UnreadableOriginError, checkpoint left at the last good page', async () => {
    department.fault = (target, _hit, response) =>
      target === page('202610', 2)
        ? (send(
            response,
            200,
            '<TaxpayerExport period="202610" page="2" pages="2"><Taxpayer><NSRSBH>9161',
          ),
          true)
        : false;
    const { batches, error } = await drain(taxConnector.pull(context()));
    expect(error).toBeInstanceOf(UnreadableOriginError);
    expect(error).toMatchObject({
      stream: 'taxpayers',
      origin: `${server.url}${page('202610', 2)}`,
      reason: 'unreadable-page',
    });
    expect(server.requests.filter((r) => r === page('202610', 2))).toHaveLength(3);
    expect((batches as Batch[]).at(-1)?.checkpoint).toEqual({
      done: ['202609'],
      current: { period: '202610', page: 1 },
    });
  });

  it('treats an unreadable period list the same way', async () => {
    department.fault = (target, _hit, response) =>
      target === '/periods' ? (send(response, 200, '<periods>202610</periods>'), true) : false;
    const { batches, error } = await drain(taxConnector.pull(context()));
    expect(batches).toEqual([]);
    expect(error).toMatchObject({ origin: `${server.url}/periods`, reason: 'unreadable-page' });
    expect(server.requests).toEqual(['/periods', '/periods', '/periods']);
  });
});
