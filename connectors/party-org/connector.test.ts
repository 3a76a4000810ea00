import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { UnreadableOriginError, type PullContext } from '../shared/connector';
import {
  FAST_HTTP_POLICY,
  drain,
  send,
  startTestHttpServer,
  type TestHttpServer,
} from '../shared/test-http-server';
import { partyOrgConnector } from '.';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

/**
 * Injects a fault: answers the request itself and returns true, or returns false for the fixture.
 */
let fault: ((target: string, hit: number, response: ServerResponse) => boolean) | undefined;
let server: TestHttpServer;

const CHANGES = JSON.stringify({
  items: [JSON.parse(fixture('party-orgs-page2.json')).items[0]],
  page: 1,
  pages: 1,
  server_time: '2026-11-25T10:00:00+08:00',
});
const NO_CHANGES = JSON.stringify({
  items: [],
  page: 1,
  pages: 0,
  server_time: '2026-11-25T10:00:00+08:00',
});

beforeAll(async () => {
  server = await startTestHttpServer(({ url, hit }, response) => {
    const target = decodeURIComponent(`${url.pathname}${url.search}`);
    if (fault?.(target, hit, response)) return;
    const json = { 'content-type': 'application/json' };
    // Asked for changes since a time: the roster answers only what changed (one org, no members).
    if (url.searchParams.has('since'))
      return send(response, 200, url.pathname === '/party-orgs' ? CHANGES : NO_CHANGES, json);
    try {
      send(
        response,
        200,
        fixture(`${url.pathname.slice(1)}-page${url.searchParams.get('page')}.json`),
        json,
      );
    } catch {
      send(response, 404, 'no such page');
    }
  });
});

afterAll(() => server.close());

beforeEach(() => {
  fault = undefined;
  server.reset();
});

function context(
  checkpoints: Record<string, Record<string, unknown>> = {},
  options: Record<string, unknown> = {},
  full = false,
): PullContext {
  return {
    feed: {
      source: 'party-org',
      transport: 'http',
      url: server.url,
      sandbox: false,
      options: { http: FAST_HTTP_POLICY, ...options },
    },
    checkpoints,
    full,
  };
}

const requests = () => server.requests.map((r) => decodeURIComponent(r));
const FIRST_SINCE = '2026-11-24T01:55:00.000Z'; // first page's server_time 10:00+08:00 minus 300 s

describe('party-org connector over HTTP', () => {
  it('pages through both streams, one batch per page, and starts the next window before the first server_time', async () => {
    const { batches, error } = await drain(partyOrgConnector.pull(context()));
    expect(error).toBeUndefined();
    expect(requests()).toEqual([
      '/party-orgs?page=1',
      '/party-orgs?page=2',
      '/member-distribution?page=1',
    ]);
    expect(batches.map((b) => [b.stream, b.records.length, b.rejections.length])).toEqual([
      ['party-orgs', 5, 12],
      ['party-orgs', 1, 0],
      ['member-distribution', 5, 8],
    ]);
    expect(batches.map((b) => b.checkpoint)).toEqual([
      { window: { page: 1, serverTime: '2026-11-24T10:00:00+08:00' } },
      { since: FIRST_SINCE },
      { since: FIRST_SINCE },
    ]);
    expect(batches[0].origin).toBe(`${server.url}/party-orgs?page=1`);
    const reasons = (i: number) =>
      batches[i].rejections.map((r) => ({ position: r.position, reason: r.reason }));
    expect(reasons(0)).toEqual(JSON.parse(fixture('expected-party-orgs.json')).rejections);
    expect(reasons(2)).toEqual(JSON.parse(fixture('expected-member-distribution.json')).rejections);
    expect(batches[2].records.map((r) => r.canonical)).toEqual(
      JSON.parse(fixture('expected-member-distribution.json')).records,
    );
  });

  it('asks only for what changed since the saved checkpoint', async () => {
    const saved = {
      'party-orgs': { since: FIRST_SINCE },
      'member-distribution': { since: FIRST_SINCE },
    };
    const { batches } = await drain(partyOrgConnector.pull(context(saved)));
    expect(requests()).toEqual([
      `/party-orgs?since=${FIRST_SINCE}&page=1`,
      `/member-distribution?since=${FIRST_SINCE}&page=1`,
    ]);
    expect(batches.map((b) => [b.stream, b.records.map((r) => r.key)])).toEqual([
      ['party-orgs', ['P020']],
      ['member-distribution', []],
    ]);
    expect(batches[0].checkpoint).toEqual({ since: '2026-11-25T01:55:00.000Z' });
  });

  it('resumes a window in progress at its next page, and honours a configured overlap', async () => {
    const saved = {
      'party-orgs': { window: { page: 1, serverTime: '2026-11-24T10:00:00+08:00' } },
    };
    const { batches } = await drain(partyOrgConnector.pull(context(saved, { overlapSeconds: 0 })));
    expect(requests()).toEqual(['/party-orgs?page=2', '/member-distribution?page=1']);
    expect(batches.map((b) => b.checkpoint)).toEqual([
      { since: '2026-11-24T02:00:00.000Z' },
      { since: '2026-11-24T02:00:00.000Z' },
    ]);
  });

  it('re-reads everything on a full pull', async () => {
    const saved = {
      'party-orgs': { since: FIRST_SINCE },
      'member-distribution': { since: FIRST_SINCE },
    };
    await drain(partyOrgConnector.pull(context(saved, {}, true)));
    expect(requests()).toEqual([
      '/party-orgs?page=1',
      '/party-orgs?page=2',
      '/member-distribution?page=1',
    ]);
  });

  it('waits out a 429 with Retry-After and a 503, then goes on', async () => {
    fault = (target, hit, response) => {
      if (target === '/party-orgs?page=2' && hit === 1)
        return (send(response, 429, '', { 'retry-after': '1' }), true);
      if (target === '/member-distribution?page=1' && hit <= 2)
        return (send(response, 503, 'busy'), true);
      return false;
    };
    const { batches, error } = await drain(partyOrgConnector.pull(context()));
    expect(error).toBeUndefined();
    expect(batches).toHaveLength(3);
    expect(requests().filter((r) => r === '/member-distribution?page=1')).toHaveLength(3);
  });

  it('fetches a cut JSON page again', async () => {
    const whole = fixture('party-orgs-page1.json');
    fault = (target, hit, response) =>
      target === '/party-orgs?page=1' && hit === 1
        ? (send(response, 200, whole.slice(0, 300)), true)
        : false;
    const { batches, error } = await drain(partyOrgConnector.pull(context()));
    expect(error).toBeUndefined();
    expect(batches[0].records).toHaveLength(5);
    expect(requests().filter((r) => r === '/party-orgs?page=1')).toHaveLength(2);
  });

  it('gives up on a page broken three times, after landing the pages before it', async () => {
    fault = (target, _hit, response) =>
      target === '/party-orgs?page=2'
        ? (send(response, 200, JSON.stringify({ items: [], page: 3, pages: 2, server_time: 'x' })),
          true)
        : false;
    const { batches, error } = await drain(partyOrgConnector.pull(context()));
    expect(error).toBeInstanceOf(UnreadableOriginError);
    expect(error).toMatchObject({
      stream: 'party-orgs',
      origin: `${server.url}/party-orgs?page=2`,
      reason: 'unreadable-page',
    });
    expect(requests().filter((r) => r === '/party-orgs?page=2')).toHaveLength(3);
    expect(batches.map((b) => b.checkpoint)).toEqual([
      { window: { page: 1, serverTime: '2026-11-24T10:00:00+08:00' } },
    ]);
  });
});
