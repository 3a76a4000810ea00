import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { HttpClient } from '../../connectors/shared/http-client';
import { UnionRosterClient } from '../../connectors/trade-union/client';
import { startHttp10Gateway, startSandboxRegistries, type SandboxRegistries } from '../registries';
import type { Http10Gateway } from '../registries';
import { makeProvince, type ProvinceFixture } from './province-fixture';

let p: ProvinceFixture;
let sandbox: SandboxRegistries;
let gateway: Http10Gateway;

beforeAll(async () => {
  p = await makeProvince(300, 5);
  sandbox = await startSandboxRegistries({ dataDir: p.dir, port: 0, token: 't' });
  gateway = await startHttp10Gateway(sandbox.url);
});
afterAll(async () => {
  await gateway.close();
  await sandbox.close();
  p.cleanup();
});

/** The raw bytes a server sends for one request, until it closes the connection. */
function rawAnswer(url: string, path: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
    socket.write(
      `GET ${path} HTTP/1.1\r\n` +
        `Host: x\r\n` +
        `Authorization: Bearer t\r\n` +
        `Accept: application/json\r\n` +
        `\r\n`,
    );
  });
}

describe('the HTTP/1.0 gateway', () => {
  it('answers HTTP/1.0 with no length, the body ended by closing the connection', async () => {
    const answer = await rawAnswer(gateway.url, '/tax/periods');
    const [head, body] = answer.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe('HTTP/1.0 200 OK');
    expect(head.toLowerCase()).not.toMatch(/content-length|transfer-encoding/);
    expect(head).toMatch(/Connection: close/);
    expect(JSON.parse(body)).toEqual({ periods: ['202609', '202610'] });
  });

  it("is read by the hub's client page after page, as the registry itself is", async () => {
    const client = new HttpClient('t');
    const direct = await (
      await client.get(`${sandbox.url}/party-org/party-orgs?limit=50`)
    ).body.text();
    for (let i = 0; i < 3; i++) {
      const via = await (
        await client.get(`${gateway.url}/party-org/party-orgs?limit=50`)
      ).body.text();
      expect(via).toBe(direct);
    }
  });

  it('ends a reset body like a whole one, so the hub reads an unmarked roster twice', async () => {
    const client = new HttpClient('t', {
      maxRetries: 0,
      baseDelayMs: 1,
      maxDelayMs: 1,
      timeoutMs: 2000,
    });
    const direct = await (await client.get(`${sandbox.url}/trade-union/unions.csv`)).body.text();
    sandbox.injectFaults('/trade-union/unions.csv', [{ reset: 'body' }]);
    const cut = await (await client.get(`${gateway.url}/trade-union/unions.csv`)).body.text();
    expect(cut.length).toBeLessThan(direct.length); // HTTP/1.0 cannot tell a reset from the end

    sandbox.injectFaults('/trade-union/unions.csv', [{ reset: 'body' }]);
    const before = sandbox.requests['/trade-union/unions.csv'];
    const roster = await new UnionRosterClient(client, `${gateway.url}/trade-union`).fetchRoster(
      undefined,
    );
    if (roster.notModified) throw new Error('expected a download');
    try {
      expect(roster.whole).toBe(true);
      expect(readFileSync(roster.file.path, 'utf8').replace(/^\uFEFF/, '')).toBe(direct);
      expect(sandbox.requests['/trade-union/unions.csv'] - before).toBe(3); // cut, then two alike
    } finally {
      await roster.file.dispose();
    }
  });
});
