import type { MikroORM } from '@mikro-orm/postgresql';
import { loadHubConfig } from '../../src/config/hub-config';
import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { resolvePending } from '../../src/resolution/resolve-pending';
import { openDatabase } from '../../src/storage/database';
import { enterprise, landRecords, statisticsUnit, testUscc } from '../../test/support/graph-builder';
import { graphqlClient } from '../../test/support/hub-env';
import { useTestDatabase } from '../../test/support/test-database';
import { startApiServer, type ApiServer } from './api-server';

describe('the response cache of dashboard questions', () => {
  const db = useTestDatabase();
  let orm: MikroORM;
  let api: ApiServer;

  beforeAll(async () => {
    orm = await openDatabase(db.url);
    api = await startApiServer({ orm, pool: db.pool, feeds: loadHubConfig({}).feeds, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await api.close();
    await orm.close();
  });

  it('answers repeated questions the same, and sees every committed change at once', async () => {
    const ask = () => graphqlClient(api.url)<{ coverage: { inScope: number } }>('{ coverage { inScope } }');
    expect((await ask()).coverage.inScope).toBe(0);
    expect((await ask()).coverage.inScope).toBe(0);
    await landRecords(db.pool, [enterprise('R1', testUscc(1), '西安甲有限公司'), statisticsUnit(testUscc(1), '西安甲有限公司', 12)]);
    await resolvePending(db.pool);
    await runCoverage(db.pool);
    expect((await ask()).coverage.inScope).toBe(1);
  });
});
