import { logger } from '../runtime/logger';
import { useTestDatabase } from '../../test/support/test-database';
import { inTransaction, openSqlPool, retryingDeadlocks } from './sql-pool';

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

describe('retryingDeadlocks', () => {
  it('runs a transaction again after it lost a deadlock, until it commits', async () => {
    let calls = 0;
    const result = await retryingDeadlocks(async () => {
      calls += 1;
      if (calls < 3) throw deadlock();
      return 'committed';
    });
    expect({ result, calls }).toEqual({ result: 'committed', calls: 3 });
  });

  it('gives up after the last attempt, with the deadlock', async () => {
    let calls = 0;
    await expect(
      retryingDeadlocks(async () => {
        calls += 1;
        throw deadlock();
      }, 2),
    ).rejects.toMatchObject({ code: '40P01' });
    expect(calls).toBe(2);
  });

  it('passes any other error through at once', async () => {
    let calls = 0;
    await expect(
      retryingDeadlocks(async () => {
        calls += 1;
        throw new Error('unique violation');
      }),
    ).rejects.toThrow('unique violation');
    expect(calls).toBe(1);
  });
});

describe('connections the server ends', () => {
  const db = useTestDatabase();

  it('when idle, is logged as a shutdown in one line, and the pool goes on with a new connection', async () => {
    const info = jest.spyOn(logger, 'info');
    const warn = jest.spyOn(logger, 'warn');
    try {
      const pool = openSqlPool(db.url, 1);
      const idle = await pool.connect();
      const pid = (await idle.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;
      idle.release();
      const ended = new Promise((resolve) => pool.once('error', resolve));
      await db.pool.query('select pg_terminate_backend($1)', [pid]);
      expect(await ended).toMatchObject({ code: '57P01' });
      expect(info).toHaveBeenCalledWith(
        { code: '57P01' },
        expect.stringContaining('ended an idle connection'),
      );
      expect(warn).not.toHaveBeenCalled();
      const again = await pool.query<{ pid: number }>('select pg_backend_pid() as pid');
      expect(again.rows[0].pid).not.toBe(pid);
      await pool.end();
    } finally {
      info.mockRestore();
      warn.mockRestore();
    }
  });

  it('ends only the work in flight when a connection in use is lost, and the pool goes on', async () => {
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => logger);
    try {
      const pool = openSqlPool(db.url, 1);
      const work = inTransaction(pool, async (client) => {
        const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]
          .pid;
        await db.pool.query('select pg_terminate_backend($1)', [pid]);
        await client.query('select pg_sleep(0.1)');
      });
      // Unheard, the client's 'error' event would have ended the test process instead.
      await expect(work).rejects.toThrow();
      // The error comes from pg (a database error) or from Node's socket (ECONNRESET), whichever is
      // first; a socket error is made outside Jest's realm, so it is matched by shape, not by
      // class.
      const lost = expect.objectContaining({ message: expect.any(String) });
      expect(warn).toHaveBeenCalledWith(
        expect.objectContaining({ err: lost }),
        expect.stringContaining('lost while in use'),
      );
      expect((await pool.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
      await pool.end();
    } finally {
      warn.mockRestore();
    }
  });
});
