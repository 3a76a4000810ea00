import { drainWithCursor } from './cursor-drain';

describe('drainWithCursor', () => {
  it('walks after the last key taken, then sweeps once more from the start for rows added behind it', async () => {
    const queue = new Set([1, 2, 3, 4, 5]);
    const taken: number[][] = [];
    const afters: string[] = [];
    await drainWithCursor(async (after) => {
      afters.push(after);
      const batch = [...queue]
        .filter((k) => k > Number(after))
        .sort((a, b) => a - b)
        .slice(0, 2);
      if (batch.length === 0) return null;
      batch.forEach((k) => queue.delete(k));
      taken.push(batch);
      if (taken.length === 2) queue.add(0.5); // lands behind the cursor
      return String(batch[batch.length - 1]);
    });
    expect(taken).toEqual([[1, 2], [3, 4], [5], [0.5]]);
    expect(afters).toEqual(['0', '2', '4', '5', '0', '0.5', '0']);
    expect(queue.size).toBe(0);
  });
});
