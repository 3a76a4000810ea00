import { createServer, type Server } from 'node:net';
import { databaseWentAway, waitForDatabase, whileDatabaseAway } from './wait-for-database';
import { findFreePort } from './ports';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('a database that went away', () => {
  it('is told from a failure of the work itself', () => {
    expect(
      databaseWentAway(
        Object.assign(new Error('terminating connection due to administrator command'), {
          code: '57P01',
        }),
      ),
    ).toBe(true);
    expect(
      databaseWentAway(
        Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      ),
    ).toBe(true);
    expect(databaseWentAway(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      databaseWentAway(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(databaseWentAway(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(
      false,
    );
    expect(databaseWentAway(new Error('the database lacks 2 migration(s)'))).toBe(false);
  });

  it('is waited for, and the start-up run again when it drops mid-way', async () => {
    let calls = 0;
    const result = await whileDatabaseAway(url, async () => {
      calls += 1;
      if (calls < 3) throw new Error('Connection terminated unexpectedly');
      return 'opened';
    });
    expect({ result, calls }).toEqual({ result: 'opened', calls: 3 });
  });

  it('does not hide a failure that is not the database going away', async () => {
    await expect(
      whileDatabaseAway(url, async () => {
        throw new Error('bad migration');
      }),
    ).rejects.toThrow('bad migration');
  });

  it('gives up after its timeout on a port where nothing answers as PostgreSQL', async () => {
    const port = await findFreePort();
    // Accepts and closes at once: a server that is there but not (yet) a database.
    const server: Server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      await expect(
        waitForDatabase(`postgres://postgres@127.0.0.1:${port}/x`, 500),
      ).rejects.toThrow();
    } finally {
      server.close();
    }
  });
});
