import type { Pool } from 'pg';
import { useTestDatabase } from '../../test/support/test-database';
import { inTransaction } from '../storage/sql-pool';
import type { Batch, MappedRecord } from './batch';
import { landBatch } from './land-batch';
import { nextPendingChunk } from '../resolution/pending-records';

function record(key: string, name: string): MappedRecord {
  return {
    key,
    payload: { reg_id: key, name },
    canonical: {
      source: 'market-regulation',
      stream: 'enterprises',
      key,
      entity: 'organization',
      identifiers: [],
      name,
    },
  };
}

function batch(records: MappedRecord[], extra: Partial<Batch> = {}): Batch {
  return { stream: 'enterprises', origin: 'page-1', records, rejections: [], ...extra };
}

/** Whether the version `s` is its key's current one. */
const IS_CURRENT = `exists (select 1 from current_record c
                      where c.source_record_id = s.id) as is_current`;

describe('landing a batch', () => {
  const db = useTestDatabase();
  let pool: Pool;
  let runId: string;

  beforeAll(async () => {
    pool = db.pool;
    runId = (
      await pool.query<{ id: string }>(
        `insert into sync_run (source, started_at) values ('market-regulation', now())
         returning id`,
      )
    ).rows[0].id;
  });

  const land = (b: Batch) =>
    inTransaction(pool, (client) => landBatch(client, 'market-regulation', runId, b));
  const versions = async (key: string) =>
    (
      await pool.query(
        `select content_hash, ${IS_CURRENT},
                exists (select 1 from resolution_queue q where q.source_record_id = s.id) as queued
                         from source_record s where record_key = $1 order by id`,
        [key],
      )
    ).rows;

  it('refreshes only the current pointer when a record comes again unchanged: the version row is not rewritten', async () => {
    await land(batch([record('R', '庚公司')]));
    const before = (
      await pool.query(`select s.xmin::text as xmin, c.last_seen_at from source_record s
      join current_record c on c.source_record_id = s.id where s.record_key = 'R'`)
    ).rows[0];
    // so that the second sighting has a later time
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await land(batch([record('R', '庚公司')]))).toMatchObject({
      created: 0,
      changed: 0,
      unchanged: 1,
    });
    const after = (
      await pool.query(`select s.xmin::text as xmin, c.last_seen_at from source_record s
      join current_record c on c.source_record_id = s.id where s.record_key = 'R'`)
    ).rows[0];
    expect(after.xmin).toBe(before.xmin);
    expect(after.last_seen_at.getTime()).toBeGreaterThan(before.last_seen_at.getTime());
  });

  it('lands new records, then counts a replay as unchanged without new versions', async () => {
    const first = await land(batch([record('A', '甲公司'), record('B', '乙公司')]));
    expect(first).toEqual({ fetched: 2, created: 2, changed: 0, unchanged: 0, quarantined: 0 });
    const replay = await land(batch([record('A', '甲公司'), record('B', '乙公司')]));
    expect(replay).toEqual({ fetched: 2, created: 0, changed: 0, unchanged: 2, quarantined: 0 });
    expect(await versions('A')).toHaveLength(1);
  });

  it("gives a queued version without the department's own stamp the time a pull last saw it", async () => {
    await land(batch([record('W', '辛公司')]));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await land(batch([record('W', '辛公司')]));
    const seen = (
      await pool.query(`select c.last_seen_at, s.first_seen_at from current_record c
                        join source_record s on s.id = c.source_record_id
      where c.record_key = 'W'`)
    ).rows[0];
    expect(seen.last_seen_at.getTime()).toBeGreaterThan(seen.first_seen_at.getTime());
    const pending = await inTransaction(pool, (client) =>
      nextPendingChunk(client, ['organization'], 1000),
    );
    expect(pending.find((row) => row.record_key === 'W')?.observed_at).toEqual(seen.last_seen_at);
  });

  it('keeps the old version when content changes, and re-activates it when the content returns', async () => {
    expect((await land(batch([record('A', '甲有限公司')]))).changed).toBe(1);
    let rows = await versions('A');
    expect(rows.map((r) => r.is_current)).toEqual([false, true]);
    // Only the current version waits for resolution: the superseded one left the queue.
    expect(rows.map((r) => r.queued)).toEqual([false, true]);
    expect((await land(batch([record('A', '甲公司')]))).changed).toBe(1);
    rows = await versions('A');
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.is_current)).toEqual([true, false]);
    expect(rows.map((r) => r.queued)).toEqual([true, false]);
  });

  it("queues a key's first version as such, and every later version (a re-activated one too) as not", async () => {
    const firstVersion = async (key: string) =>
      (
        await pool.query(
          `select q.first_version from resolution_queue q
           join source_record s on s.id = q.source_record_id where s.record_key = $1`,
          [key],
        )
      ).rows;
    await land(batch([record('F', '丙公司')]));
    expect(await firstVersion('F')).toEqual([{ first_version: true }]);
    await land(batch([record('F', '丙有限公司'), record('G', '丁公司')]));
    expect(await firstVersion('F')).toEqual([{ first_version: false }]);
    expect(await firstVersion('G')).toEqual([{ first_version: true }]);
    await land(batch([record('F', '丙公司')]));
    expect(await firstVersion('F')).toEqual([{ first_version: false }]);
  });

  it('keeps an older observation replayed by a full resync as history, not as the present', async () => {
    const observed = (key: string, name: string, at: string): MappedRecord => {
      const r = record(key, name);
      return { ...r, payload: { ...r.payload, at }, canonical: { ...r.canonical, observedAt: at } };
    };
    await land(batch([observed('T', '九月', '2026-09-30T16:00:00.000Z')]));
    await land(batch([observed('T', '十月', '2026-10-31T16:00:00.000Z')]));
    const replay = await land(batch([observed('T', '九月', '2026-09-30T16:00:00.000Z')]));
    expect(replay).toMatchObject({ changed: 0, unchanged: 1 });
    const rows = await pool.query(
      `select canonical->>'name' as name, ${IS_CURRENT} from source_record s where record_key = 'T'
       order by id`,
    );
    expect(rows.rows).toEqual([
      { name: '九月', is_current: false },
      { name: '十月', is_current: true },
    ]);
  });

  it('quarantines rejections with their reason and saves the checkpoint in the same transaction', async () => {
    const counts = await land(
      batch([record('C', '丙公司')], {
        rejections: [
          {
            reason: 'invalid-date',
            detail: 'est_date: "0000-00-00"',
            position: '3',
            recordKey: 'D',
            excerpt: '{"reg_id":"D"}',
          },
        ],
        checkpoint: { updatedSince: '2026-11-24T02:00:00.000Z' },
      }),
    );
    expect(counts.quarantined).toBe(1);
    const q = await pool.query(`select reason, position, record_key, origin from quarantine_entry`);
    expect(q.rows).toEqual([
      { reason: 'invalid-date', position: '3', record_key: 'D', origin: 'page-1' },
    ]);
    const state = await pool.query(
      `select checkpoint from sync_state
       where source = 'market-regulation' and stream = 'enterprises'`,
    );
    expect(state.rows[0].checkpoint).toEqual({ updatedSince: '2026-11-24T02:00:00.000Z' });
  });

  it('marks records a newer full snapshot no longer contains as absent, and clears it when they return', async () => {
    const snap = (file: string, keys: string[]) =>
      keys.map((k, i) =>
        batch([record(k, `${k}会`)], {
          stream: 'social-orgs',
          snapshot: { file, final: i === keys.length - 1 },
        }),
      );
    for (const b of snap('social_orgs_20261001.csv', ['S1', 'S2', 'S3'])) await land(b);
    for (const b of snap('social_orgs_20261101.csv', ['S1', 'S3'])) await land(b);
    const absent = await pool.query(
      `select record_key from current_record
       where stream = 'social-orgs' and absent_since is not null`,
    );
    expect(absent.rows.map((r) => r.record_key)).toEqual(['S2']);
    const file = await pool.query(
      `select absent_count, completed_at from snapshot_file
       where file = 'social_orgs_20261101.csv'`,
    );
    expect(file.rows[0].absent_count).toBe(1);
    for (const b of snap('social_orgs_20261201.csv', ['S1', 'S2', 'S3'])) await land(b);
    const stillAbsent = await pool.query(
      `select count(*)::int as n from current_record
       where stream = 'social-orgs' and absent_since is not null`,
    );
    expect(stillAbsent.rows[0].n).toBe(0);
  });

  it('applies nothing of a batch whose transaction fails', async () => {
    const before = (await pool.query('select count(*)::int as n from source_record')).rows[0].n;
    await expect(
      inTransaction(pool, async (client) => {
        await landBatch(
          client,
          'market-regulation',
          runId,
          batch([record('E', '戊公司')], { checkpoint: { x: 1 } }),
        );
        throw new Error('crash after landing');
      }),
    ).rejects.toThrow('crash after landing');
    expect((await pool.query('select count(*)::int as n from source_record')).rows[0].n).toBe(
      before,
    );
  });
});
