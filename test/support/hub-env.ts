import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOURCE_IDS, sourceEnvName } from '../../src/model/feeds';
import type { SandboxProvince } from './sandbox-province';
import { testQueuePrefix, TEST_REDIS_URL } from './test-database';

/**
 * The environment a hub process needs to pull all seven feeds from a sandbox province into a test
 * database: feed URLs and tokens, drop inboxes, its own queue prefix and home folder.
 */
export function sandboxHubEnv(
  province: SandboxProvince,
  databaseUrl: string,
): Record<string, string> {
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    HUB_QUEUE_PREFIX: testQueuePrefix(),
    HUB_HOME: mkdtempSync(join(tmpdir(), 'hub-home-')),
  };
  for (const source of SOURCE_IDS) {
    const name = sourceEnvName(source);
    const inboxes = province.registries.inboxes as Record<string, string>;
    if (source in inboxes) env[`HUB_FEED_${name}_INBOX`] = inboxes[source];
    else
      Object.assign(env, {
        [`HUB_FEED_${name}_URL`]: province.registries.feedUrl(source),
        [`HUB_FEED_${name}_TOKEN`]: province.registries.token,
      });
  }
  return env;
}

/** POSTs a GraphQL operation and returns its data; a response with errors fails the test. */
export function graphqlClient(
  url: string,
): <T>(query: string, variables?: Record<string, unknown>) => Promise<T> {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
}
