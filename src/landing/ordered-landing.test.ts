import type { Pool, PoolClient } from 'pg';
import { useTestDatabase } from '../../test/support/test-database';
import type { Batch, MappedRecord } from './batch';
import { landInOrder } from './ordered-landing';

function batch(origin: string, keys: string[], extra: Partial<Batch> = {}): Batch {
  const records = keys.map((key): MappedRecord => ({
    key,
    payload: {},
    canonical: { source: 'tax', stream: 'taxpayers', key, entity: 'organization', identifiers: [] },
  }));
  return { stream: 'taxpayers', origin, records, rejections: [], ...extra };
}

async function* yieldAll(batches: Batch[]): AsyncIterable<Batch> {
  yield* batches;
}

function signal(): { promise: Promise<void>; fire: () => void } {
  let fire!: () => void;
  const promise = new Promise<void>((resolve) => (fire = resolve));
  return { promise, fire };
}

describe('landing a feed in ordered lanes', () => {
  const db = useTestDatabase();
  let pool: Pool;

  beforeAll(async () => {
    pool = db.pool;
    await pool.query('create table lane_probe (origin text not null)');
  });

  beforeEach(() => pool.query('truncate lane_probe'));

  const write = (client: PoolClient, b: Batch) =>
    client.query('insert into lane_probe (origin) values ($1)', [b.origin]);
  const visible = async (origin: string) =>
    (await pool.query('select 1 from lane_probe where origin = $1', [origin])).rowCount === 1;

  it('works on the next batch while the one before it is open, and commits them in order', async () => {
    const secondWorked = signal();
    const seenByFirst: boolean[] = [];
    const committed: string[] = [];
    await landInOrder(
      pool,
      yieldAll([batch('p1', ['a']), batch('p2', ['b'])]),
      async (client, b) => {
        await write(client, b);
        if (b.origin === 'p2') secondWorked.fire();
        else {
          // The second batch has done its work but must not commit before this one.
          await secondWorked.promise;
          seenByFirst.push(await visible('p2'));
        }
        return b.origin;
      },
      (origin) => void committed.push(origin),
    );
    expect(seenByFirst).toEqual([false]);
    expect(committed).toEqual(['p1', 'p2']);
    expect(await visible('p1')).toBe(true);
    expect(await visible('p2')).toBe(true);
  });

  it('gives the shared rows their turn only once the batch before has committed', async () => {
    const turns: Array<[string, boolean]> = [];
    await landInOrder(
      pool,
      yieldAll([batch('p1', ['a']), batch('p2', ['b'])]),
      async (client, b, turn) => {
        await write(client, b);
        await turn();
        turns.push([b.origin, await visible('p1')]);
      },
      () => undefined,
    );
    expect(turns).toEqual([
      ['p1', false],
      ['p2', true],
    ]);
  });

  it('starts a batch that shares a record key with the one before only after that one committed', async () => {
    const seen: Array<[string, boolean]> = [];
    await landInOrder(
      pool,
      yieldAll([batch('p1', ['a', 'x']), batch('p2', ['x'])]),
      async (client, b) => {
        seen.push([b.origin, await visible('p1')]);
        await write(client, b);
      },
      () => undefined,
    );
    expect(seen).toEqual([
      ['p1', false],
      ['p2', true],
    ]);
  });

  it("starts the batch after a snapshot's last one only after that one committed", async () => {
    const seen: Array<[string, boolean]> = [];
    const last = batch('p1', ['a'], { snapshot: { file: 'f1', final: true } });
    await landInOrder(
      pool,
      yieldAll([last, batch('p2', ['b'])]),
      async (client, b) => {
        seen.push([b.origin, await visible('p1')]);
        await write(client, b);
      },
      () => undefined,
    );
    expect(seen).toEqual([
      ['p1', false],
      ['p2', true],
    ]);
  });

  it('rolls back the batches after a failed one and throws its error once all have ended', async () => {
    const secondWorked = signal();
    const committed: string[] = [];
    const landing = landInOrder(
      pool,
      yieldAll([batch('p1', ['a']), batch('p2', ['b']), batch('p3', ['c'])]),
      async (client, b) => {
        await write(client, b);
        if (b.origin === 'p2') secondWorked.fire();
        if (b.origin === 'p1') {
          await secondWorked.promise;
          throw new Error('page 1 broke');
        }
      },
      () => void committed.push('any'),
    );
    await expect(landing).rejects.toThrow('page 1 broke');
    expect(committed).toEqual([]);
    expect((await pool.query('select count(*)::int as n from lane_probe')).rows[0].n).toBe(0);
    // Every transaction ended: the pool has all its connections back.
    expect(pool.idleCount).toBe(pool.totalCount);
  });
});
