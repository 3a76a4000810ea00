import { parallelDrains } from './parallel-drains';

describe('parallelDrains', () => {
  it('fails with the first error only once every drain has ended', async () => {
    let slowEnded = false;
    const run = parallelDrains(2, async (index) => {
      if (index === 0) throw new Error('chunk lost');
      await new Promise((resolve) => setTimeout(resolve, 50));
      slowEnded = true;
    });
    await expect(run).rejects.toThrow('chunk lost');
    expect(slowEnded).toBe(true);
  });

  it('runs each drain once with its index', async () => {
    const seen: number[] = [];
    await parallelDrains(3, async (index) => {
      seen.push(index);
    });
    expect(seen.sort()).toEqual([0, 1, 2]);
  });
});
