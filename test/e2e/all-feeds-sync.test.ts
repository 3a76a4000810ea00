import type { Pool } from 'pg';
import { syncCommand, type SyncOutcome } from '../../bin/commands/sync-command';
import { SOURCE_IDS } from '../../src/model/feeds';
import { openSqlPool } from '../../src/storage/sql-pool';
import { startSandboxProvince, type SandboxProvince } from '../support/sandbox-province';
import { sandboxHubEnv } from '../support/hub-env';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('hub sync --source all against a generated province', () => {
  let db: TestDatabase;
  let province: SandboxProvince;
  let pool: Pool;
  let first: SyncOutcome;
  const saved = { ...process.env };

  beforeAll(async () => {
    db = await createTestDatabase();
    province = await startSandboxProvince(600, 23);
    Object.assign(process.env, sandboxHubEnv(province, db.url));
    pool = openSqlPool(db.url);
    first = await syncCommand({ source: 'all', full: false, out: () => {} });
  }, 300_000);

  afterAll(async () => {
    process.env = saved;
    await pool.end();
    await province.close();
    await db.drop();
  });

  it('lands all seven feeds', async () => {
    expect(first.ok).toBe(true);
    expect(first.results.map((r) => r.source).sort()).toEqual([...SOURCE_IDS].sort());
    const landed = await pool.query<{ source: string; n: number }>(
      'select source, count(*)::int as n from current_record group by source',
    );
    expect(new Set(landed.rows.filter((r) => r.n > 0).map((r) => r.source))).toEqual(
      new Set(SOURCE_IDS),
    );
  });

  it('traces every landed record to its file or page', async () => {
    const untraced = await pool.query(
      `select count(*)::int as n from source_record where origin is null or origin = ''`,
    );
    expect(untraced.rows[0].n).toBe(0);
    const drops = await pool.query(
      `select distinct origin from source_record
       where source in ('civil-affairs', 'statistics', 'federation')`,
    );
    for (const row of drops.rows) expect(row.origin).toMatch(/#sha256=[0-9a-f]{64}$/);
  });

  it('quarantines exactly the injected bad records, each with its reason', async () => {
    const injected = province.faults();
    const quarantined = await pool.query<{
      source: string;
      reason: string;
      record_key: string | null;
      position: string | null;
      origin: string;
    }>('select source, reason, record_key, position, origin from quarantine_entry');
    const perFeed = (rows: Array<{ source?: string; feed?: string; reason: string }>) => {
      const counts: Record<string, number> = {};
      for (const row of rows) {
        const key = `${row.source ?? row.feed}:${row.reason}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    };
    expect(perFeed(quarantined.rows)).toEqual(perFeed(injected));
  });

  it('keeps each taxpayer of several periods current as of the newest one, the older ones as history', async () => {
    const versions = await pool.query<{ keys: number; stale: number }>(
      `select count(*)::int as keys,
              count(*) filter (where current_at is distinct from newest_at)::int as stale
         from (select s.record_key, max(s.canonical->>'observedAt')
           filter (where c.source_record_id = s.id) as current_at,
                      max(s.canonical->>'observedAt') as newest_at
                 from source_record s join current_record c on c.source = s.source
                   and c.stream = s.stream and c.record_key = s.record_key
                where s.source = 'tax' group by s.record_key having count(*) > 1) k`,
    );
    expect(versions.rows[0].keys).toBeGreaterThan(0);
    expect(versions.rows[0].stale).toBe(0);
  });

  it('resolves and evaluates what landed', async () => {
    expect(first.resolution?.records).toBeGreaterThan(0);
    expect(first.coverage?.organizations).toBeGreaterThan(0);
    const pending = await pool.query('select count(*)::int as n from resolution_queue');
    expect(pending.rows[0].n).toBe(0);
  });

  it('changes nothing on a second sync', async () => {
    const versions = 'select count(*)::int as n, max(id) as last from source_record';
    const before = (await pool.query(versions)).rows[0];
    const second = await syncCommand({ source: 'all', full: false, out: () => {} });
    expect(second.ok).toBe(true);
    for (const result of second.results)
      expect(result).toMatchObject({ created: 0, changed: 0, quarantined: 0 });
    expect((await pool.query(versions)).rows[0]).toEqual(before);
    const full = await syncCommand({ source: 'all', full: true, out: () => {} });
    for (const result of full.results) expect(result).toMatchObject({ created: 0, changed: 0 });
    expect((await pool.query(versions)).rows[0]).toEqual(before);
  }, 300_000);
});
