import { ApolloServer } from '@apollo/server';
import { OPEN_ACCESS } from '../../src/access/auth-config';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadHubConfig } from '../../src/config/hub-config';
import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { resolvePending } from '../../src/resolution/resolve-pending';
import { openDatabase } from '../../src/storage/database';
import {
  enterprise,
  landRecords,
  statisticsUnit,
  testUscc,
} from '../../test/support/graph-builder';
import { graphqlClient } from '../../test/support/hub-env';
import { useTestDatabase } from '../../test/support/test-database';
import { startApiServer, type ApiServer } from './api-server';

describe('the response cache of dashboard questions', () => {
  const db = useTestDatabase();
  let orm: MikroORM;
  let api: ApiServer;

  beforeAll(async () => {
    orm = await openDatabase(db.url);
    api = await startApiServer({
      auth: OPEN_ACCESS,
      orm,
      pool: db.pool,
      feeds: loadHubConfig({}).feeds,
      port: 0,
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await api.close();
    await orm.close();
  });

  it('answers repeated questions the same, and sees every committed change at once', async () => {
    const ask = () =>
      graphqlClient(api.url)<{ coverage: { inScope: number } }>('{ coverage { inScope } }');
    expect((await ask()).coverage.inScope).toBe(0);
    expect((await ask()).coverage.inScope).toBe(0);
    await landRecords(db.pool, [
      enterprise('R1', testUscc(1), '西安甲有限公司'),
      statisticsUnit(testUscc(1), '西安甲有限公司', 12),
    ]);
    await resolvePending(db.pool);
    await runCoverage(db.pool);
    expect((await ask()).coverage.inScope).toBe(1);
  });

  it('replays a cached answer before Apollo with the status, headers and body Apollo sent, per Accept header', async () => {
    const query =
      'query Gaps($first: Int) { gaps(rule: U1_NO_STANDALONE_UNION, first: $first) { edges { node { reason organization { name sourceRecords { source key } } } } } }';
    const ask = (accept?: string, variables: Record<string, unknown> = { first: 5 }) =>
      fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const seen = async (response: Response) => ({
      status: response.status,
      headers: Object.fromEntries([...response.headers].filter(([name]) => name !== 'date')),
      body: await response.text(),
    });
    await landRecords(db.pool, [
      enterprise('R2', testUscc(2), '西安乙有限公司'),
      statisticsUnit(testUscc(2), '西安乙有限公司', 40),
    ]);
    await resolvePending(db.pool);
    await runCoverage(db.pool);
    const apollo = jest.spyOn(ApolloServer.prototype, 'executeHTTPGraphQLRequest');
    try {
      const first = await seen(await ask());
      expect(first.status).toBe(200);
      expect(JSON.parse(first.body).data.gaps.edges).toEqual([
        {
          node: {
            reason: expect.stringContaining('40 employees'),
            organization: {
              name: '西安乙有限公司',
              sourceRecords: [expect.objectContaining({ key: 'R2' }), expect.anything()],
            },
          },
        },
      ]);
      expect(apollo).toHaveBeenCalledTimes(1);
      expect(await seen(await ask())).toEqual(first); // replayed
      expect(apollo).toHaveBeenCalledTimes(1);

      const graphqlResponse = await seen(await ask('application/graphql-response+json'));
      expect(graphqlResponse.headers['content-type']).toBe(
        'application/graphql-response+json; charset=utf-8',
      );
      expect(graphqlResponse.body).toBe(first.body);
      expect(apollo).toHaveBeenCalledTimes(2); // another Accept header: through Apollo (a plugin hit), then replayed
      expect(await seen(await ask('application/graphql-response+json'))).toEqual(graphqlResponse);
      expect(apollo).toHaveBeenCalledTimes(2);

      await ask(undefined, { first: 6 }); // other variables: another entry
      expect(apollo).toHaveBeenCalledTimes(3);
      const invalid = await ask(undefined, { first: 'x' }); // errors are answered, never cached
      // Variables that do not coerce: 200 under application/json (GraphQL over HTTP), errors inside.
      expect(invalid.status).toBe(200);
      expect(await invalid.json()).toHaveProperty('errors');
      await ask(undefined, { first: 'x' });
      expect(apollo).toHaveBeenCalledTimes(5);
    } finally {
      apollo.mockRestore();
    }
  });
});
