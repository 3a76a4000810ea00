import type { Pool } from 'pg';
import { useTestDatabase } from '../../test/support/test-database';
import { markCoverageDirty } from './coverage-dirty';

describe('coverage dirty marks', () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });
  const mark = async (ids: string[]) => {
    const client = await pool.connect();
    try {
      await markCoverageDirty(client, ids);
    } finally {
      client.release();
    }
  };
  const marks = async () =>
    (
      await pool.query<{ organization_id: string; marked_at: Date; ctid: string }>(
        `select organization_id, marked_at, ctid::text from coverage_dirty
         order by organization_id`,
      )
    ).rows;

  it('adds a mark once: marking again keeps the first mark and writes no new row version', async () => {
    await mark(['2', '1', '2']);
    const first = await marks();
    expect(first.map((m) => m.organization_id)).toEqual(['1', '2']);
    await mark(['1', '3']);
    const again = await marks();
    expect(again.map((m) => m.organization_id)).toEqual(['1', '2', '3']);
    expect(again[0]).toEqual(first[0]);
  });

  it('is not lost to a coverage chunk that holds the mark while evaluating and then deletes it', async () => {
    await pool.query('delete from coverage_dirty');
    await mark(['7']);
    const coverage = await pool.connect();
    try {
      // A coverage chunk took the mark (as run-coverage does) and evaluates the organization's old
      // graph.
      await coverage.query('begin');
      await coverage.query(
        `select organization_id from coverage_dirty where organization_id = 7
         for update skip locked`,
      );
      // Resolution changes the organization meanwhile and marks it: this waits for the chunk.
      let marked = false;
      const marking = mark(['7']).then(() => {
        marked = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(marked).toBe(false);
      await coverage.query('delete from coverage_dirty where organization_id = 7');
      await coverage.query('commit');
      await marking;
    } finally {
      coverage.release();
    }
    expect((await marks()).map((m) => m.organization_id)).toEqual(['7']);
  });
});
