/**
 * Runs `count` drains side by side and waits for every one of them to end — also when one fails,
 * which `Promise.all` would report at once while the others go on writing. A stage holding a lock
 * (resolution, coverage) must not release it, nor its caller retry, while a drain of it still runs.
 * Fails with the first drain's error.
 */
export async function parallelDrains(
  count: number,
  drain: (index: number) => Promise<unknown>,
): Promise<void> {
  const outcomes = await Promise.allSettled(
    Array.from({ length: count }, (_, index) => drain(index)),
  );
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
