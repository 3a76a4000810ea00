import { serverAudits } from 'graphql-http';
import type { Pool } from 'pg';
import { createApiKey } from '../../src/access/api-key-store';
import type { ApiServer } from '../../schema/server/api-server';
import { KEYS_ACCESS, startTestApi, type TestApi } from '../support/test-api';

/** The GraphQL over HTTP audits of graphql-http, run against the hub as a key holder calls it. */
describe('GraphQL over HTTP conformance', () => {
  let hub: TestApi;
  let pool: Pool;
  let api: ApiServer;
  let key: string;

  beforeAll(async () => {
    ({ pool, api } = hub = await startTestApi(KEYS_ACCESS));
    key = (await createApiKey(pool, { role: 'analyst', createdBy: 'test' })).key;
  });
  afterAll(() => hub.close());

  it('passes every audit: no warning, no error', async () => {
    const audits = serverAudits({
      url: api.url,
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        fetch(input, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${key}` },
        }),
    });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failing = results
      .filter((r) => r.status !== 'ok' && r.status !== 'notice')
      .map((r) => `${r.status} ${r.name}${'reason' in r ? `: ${r.reason}` : ''}`);
    expect(failing).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });
});
