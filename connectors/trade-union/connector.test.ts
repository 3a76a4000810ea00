import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { PullContext } from '../shared/connector';
import {
  FAST_HTTP_POLICY,
  drain,
  send,
  startTestHttpServer,
  type TestHttpServer,
} from '../shared/test-http-server';
import { tradeUnionConnector } from '.';

const roster = readFileSync(join(__dirname, 'fixtures', 'unions.csv'));
const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'expected-records.json'), 'utf8'),
) as {
  records: Array<{ key: string }>;
  rejections: Array<{ position: string; reason: string }>;
};

/**
 * The union federation's roster endpoint: current body + ETag, honouring If-None-Match; faults per
 * test.
 */
let current: { body: Buffer; etag: string };
let fault: ((hit: number, response: ServerResponse) => boolean) | undefined;
let server: TestHttpServer;

beforeAll(async () => {
  server = await startTestHttpServer(({ url, hit, headers }, response) => {
    if (url.pathname !== '/unions.csv') return send(response, 404, 'not found');
    if (fault?.(hit, response)) return;
    if (headers['if-none-match'] === current.etag)
      return send(response, 304, '', { etag: current.etag });
    send(response, 200, current.body, {
      'content-type': 'text/csv; charset=utf-8',
      etag: current.etag,
    });
  });
});

afterAll(() => server.close());

beforeEach(() => {
  current = { body: roster, etag: '"r1"' };
  fault = undefined;
  server.reset();
});

function context(
  checkpoint?: Record<string, unknown>,
  options: Record<string, unknown> = {},
  full = false,
): PullContext {
  return {
    feed: {
      source: 'trade-union',
      transport: 'http',
      url: server.url,
      sandbox: false,
      options: { http: FAST_HTTP_POLICY, ...options },
    },
    checkpoints: checkpoint ? { unions: checkpoint } : {},
    full,
  };
}

describe('trade-union connector over HTTP', () => {
  it('downloads the roster and lands it as one snapshot: good rows landed, bad rows quarantined by line', async () => {
    const { batches, error } = await drain(tradeUnionConnector.pull(context()));
    expect(error).toBeUndefined();
    expect(batches).toHaveLength(1);
    expect(batches[0].records.map((r) => r.key)).toEqual(expected.records.map((r) => r.key));
    expect(batches[0].rejections.map((r) => ({ position: r.position, reason: r.reason }))).toEqual(
      expected.rejections,
    );
    expect(batches[0].snapshot).toEqual({ file: 'unions.csv@r1', final: true });
    expect(batches[0].checkpoint).toEqual({
      etag: '"r1"',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(batches[0].origin).toMatch(
      new RegExp(`^${server.url}/unions\\.csv#sha256=[0-9a-f]{64}$`),
    );
    expect(server.headers[0]['if-none-match']).toBeUndefined();
  });

  it('sends the saved ETag and does nothing on 304', async () => {
    const { batches } = await drain(tradeUnionConnector.pull(context({ etag: '"r1"' })));
    expect(batches).toEqual([]);
    expect(server.headers.map((h) => h['if-none-match'])).toEqual(['"r1"']);
  });

  it('downloads a changed roster, and everything unconditionally on a full pull', async () => {
    current = { body: roster, etag: '"r2"' };
    const changed = await drain(tradeUnionConnector.pull(context({ etag: '"r1"' })));
    expect(changed.batches.at(-1)?.snapshot).toEqual({ file: 'unions.csv@r2', final: true });
    server.reset();
    const full = await drain(tradeUnionConnector.pull(context({ etag: '"r2"' }, {}, true)));
    expect(full.batches).toHaveLength(1);
    expect(server.headers[0]['if-none-match']).toBeUndefined();
  });

  it('batches the rows as configured, with the checkpoint on the last batch only', async () => {
    const { batches } = await drain(tradeUnionConnector.pull(context(undefined, { batchSize: 5 })));
    expect(batches.map((b) => b.records.length + b.rejections.length)).toEqual([5, 5, 5, 5]);
    expect(batches.map((b) => b.snapshot?.final)).toEqual([false, false, false, true]);
    expect(batches.map((b) => b.checkpoint?.etag)).toEqual([
      undefined,
      undefined,
      undefined,
      '"r1"',
    ]);
  });

  it('waits out a 429 with Retry-After and a 503, then downloads', async () => {
    fault = (hit, response) => {
      if (hit === 1) return (send(response, 429, 'slow down', { 'retry-after': '1' }), true);
      if (hit === 2) return (send(response, 503, 'busy'), true);
      return false;
    };
    const { batches, error } = await drain(tradeUnionConnector.pull(context()));
    expect(error).toBeUndefined();
    expect(batches[0].records).toHaveLength(expected.records.length);
    expect(server.requests).toHaveLength(3);
  });

  it('downloads a cut roster again, and lands it once whole', async () => {
    fault = (hit, response) =>
      hit === 1 ? (send(response, 200, roster.subarray(0, 600), { etag: '"r1"' }), true) : false;
    const { batches } = await drain(tradeUnionConnector.pull(context()));
    expect(server.requests).toHaveLength(2);
    expect(batches[0].records).toHaveLength(expected.records.length);
  });

  it('quarantines a roster still cut after three downloads whole, without moving the ETag', async () => {
    fault = (_hit, response) => (
      send(response, 200, roster.subarray(0, 600), { etag: '"r9"' }),
      true
    );
    const { batches, error } = await drain(tradeUnionConnector.pull(context({ etag: '"r1"' })));
    expect(error).toBeUndefined();
    expect(server.requests).toHaveLength(3);
    expect(batches).toEqual([
      expect.objectContaining({
        records: [],
        rejections: [expect.objectContaining({ position: null, reason: 'truncated-file' })],
      }),
    ]);
    expect(batches[0].checkpoint).toBeUndefined();
    expect(batches[0].snapshot).toBeUndefined();
  });

  it('quarantines a roster with a wrong header whole, without moving the ETag', async () => {
    current = {
      body: Buffer.from('\uFEFFunion_id,union_name,union_uscc\r\nU001,甲,\r\n'),
      etag: '"r3"',
    };
    const { batches } = await drain(tradeUnionConnector.pull(context({ etag: '"r1"' })));
    expect(batches).toHaveLength(1);
    expect(batches[0].rejections).toEqual([
      expect.objectContaining({ position: null, reason: 'wrong-header' }),
    ]);
    expect(batches[0].records).toEqual([]);
    expect(batches[0].checkpoint).toBeUndefined();
    expect(batches[0].snapshot).toBeUndefined();
  });
});
