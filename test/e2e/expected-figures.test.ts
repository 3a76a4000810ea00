import { readFileSync } from 'node:fs';
import { OPEN_ACCESS } from '../../src/access/auth-config';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { syncCommand } from '../../bin/commands/sync-command';
import { loadHubConfig } from '../../src/config/hub-config';
import { openDatabase } from '../../src/storage/database';
import { openSqlPool } from '../../src/storage/sql-pool';
import { startApiServer, type ApiServer } from '../../schema/server/api-server';
import { startSandboxProvince, type SandboxProvince } from '../support/sandbox-province';
import { sandboxHubEnv } from '../support/hub-env';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

interface Figures {
  organizations: number;
  activeInScope: number;
  inactive: number;
  outOfScope: number;
  employeesUnknown: number;
  P1: { required: number; met: number; gap: number };
  U1: { required: number; met: number; gap: number };
  K1: { targets: number; partyGaps: number; unionGaps: number };
  M1: number;
  M2: number;
  C1: { converted: number; gaps: number };
  J1: { party: number; union: number };
}

/**
 * The hub's figures on a generated province must equal those the generator computed from its ground
 * truth.
 */
describe.each([
  ['clean', 400, 9],
  ['default', 400, 9],
] as const)(
  'coverage figures of a %s-noise province of %i organizations ' +
    "against the generator's expected figures",
  (noise, orgs, seed) => {
    let db: TestDatabase;
    let province: SandboxProvince;
    let pool: Pool;
    let orm: MikroORM;
    let api: ApiServer;
    const saved = { ...process.env };

    beforeAll(async () => {
      db = await createTestDatabase();
      province = await startSandboxProvince(orgs, seed, noise);
      Object.assign(process.env, sandboxHubEnv(province, db.url));
      const outcome = await syncCommand({ source: 'all', full: false, out: () => {} });
      expect(outcome.ok).toBe(true);
      pool = openSqlPool(db.url);
      orm = await openDatabase(db.url);
      api = await startApiServer({
        auth: OPEN_ACCESS,
        orm,
        pool,
        feeds: loadHubConfig().feeds,
        port: 0,
        host: '127.0.0.1',
      });
    }, 300_000);

    afterAll(async () => {
      process.env = saved;
      if (process.env.KEEP_PROVINCE_DB) return;
      await api.close();
      await orm.close();
      await pool.end();
      await province.close();
      await db.drop();
    });

    it('equals the expected province totals to the unit', async () => {
      const expected = (
        JSON.parse(readFileSync(join(province.dir, 'expected.json'), 'utf8')) as { totals: Figures }
      ).totals;
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ coverage { organizations inScope inactive outOfScope employeesUnknown p1 { ' +
            'required met gap } u1 { required met gap }\n' +
            '        k1 { targets partyGaps unionGaps } m1 m2 c1Gaps j1 { partyCandidates ' +
            'unionCandidates } } }',
        }),
      });
      const { data } = (await response.json()) as {
        // The answer, compared whole below.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        data: { coverage: Record<string, any> };
      };
      const c = data.coverage;
      expect({
        organizations: c.organizations,
        activeInScope: c.inScope,
        inactive: c.inactive,
        outOfScope: c.outOfScope - c.inactive,
        employeesUnknown: c.employeesUnknown,
        P1: c.p1,
        U1: c.u1,
        K1: c.k1,
        M1: c.m1,
        M2: c.m2,
        C1gaps: c.c1Gaps,
        J1: { party: c.j1.partyCandidates, union: c.j1.unionCandidates },
      }).toEqual({
        organizations: expected.organizations,
        activeInScope: expected.activeInScope,
        inactive: expected.inactive,
        outOfScope: expected.outOfScope,
        employeesUnknown: expected.employeesUnknown,
        P1: expected.P1,
        U1: expected.U1,
        K1: expected.K1,
        M1: expected.M1,
        M2: expected.M2,
        C1gaps: expected.C1.gaps,
        J1: expected.J1,
      });
    });
  },
);
