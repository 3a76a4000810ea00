import type { Pool, PoolClient } from 'pg';
import { useTestDatabase } from '../../test/support/test-database';
import { inTransaction } from '../storage/sql-pool';
import type { Batch, MappedRecord } from './batch';
import { FirstLoadKeys } from './first-load-keys';
import { landBatch } from './land-batch';

function record(key: string, name: string): MappedRecord {
  return {
    key,
    payload: { NSRSBH: key, NSRMC: name },
    canonical: {
      source: 'tax',
      stream: 'taxpayers',
      key,
      entity: 'organization',
      identifiers: [],
      name,
    },
  };
}

const batch = (records: MappedRecord[]): Batch => ({
  stream: 'taxpayers',
  origin: 'page',
  records,
  rejections: [],
});

describe("a feed's first load", () => {
  const db = useTestDatabase();
  let pool: Pool;
  let runId: string;
  /** The keys each current-version lookup asked for. */
  let lookups: string[][];

  beforeAll(async () => {
    pool = db.pool;
    runId = (
      await pool.query<{ id: string }>(
        `insert into sync_run (source, started_at) values ('tax', now()) returning id`,
      )
    ).rows[0].id;
  });

  beforeEach(() => {
    lookups = [];
  });

  const watched = (client: PoolClient): PoolClient =>
    new Proxy(client, {
      get(target, property) {
        const value = Reflect.get(target, property) as unknown;
        if (property !== 'query')
          return typeof value === 'function'
            ? (value as (...a: unknown[]) => unknown).bind(target)
            : value;
        return (text: string, values?: unknown[]) => {
          if (text.includes('select record_key, content_hash, observed_at from current_record'))
            lookups.push([...(values![2] as string[])].sort());
          return target.query(text, values);
        };
      },
    });
  const land = (b: Batch, firstLoad?: FirstLoadKeys) =>
    inTransaction(pool, (client) => landBatch(watched(client), 'tax', runId, b, { firstLoad }));

  it('looks up only the keys it has already landed itself, and still sees their changes', async () => {
    const firstLoad = await FirstLoadKeys.open(pool, 'tax', ['taxpayers']);
    expect(await land(batch([record('A', '甲'), record('B', '乙')]), firstLoad)).toMatchObject({
      created: 2,
      changed: 0,
    });
    expect(lookups).toEqual([]);
    // A again (changed), B again (the same), C new: only A and B are looked up.
    const second = await land(
      batch([record('A', '甲公司'), record('B', '乙'), record('C', '丙')]),
      firstLoad,
    );
    expect(second).toMatchObject({ created: 1, changed: 1, unchanged: 1 });
    expect(lookups).toEqual([['A', 'B']]);
    const current = await pool.query(
      `select record_key, payload->>'NSRMC' as name from current_source_record order by record_key`,
    );
    expect(current.rows).toEqual([
      { record_key: 'A', name: '甲公司' },
      { record_key: 'B', name: '乙' },
      { record_key: 'C', name: '丙' },
    ]);
  });

  it('looks up every key of a stream that already had records when the pull started', async () => {
    const later = await FirstLoadKeys.open(pool, 'tax', ['taxpayers']);
    expect(later.keysToLookUp('taxpayers', ['never-seen'])).toEqual(['never-seen']);
    expect(await land(batch([record('C', '丙'), record('D', '丁')]), later)).toMatchObject({
      created: 1,
      unchanged: 1,
    });
    expect(lookups).toEqual([['C', 'D']]);
  });
});
