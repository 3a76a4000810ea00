/**
 * Drains a queue-like table (rows deleted as they are processed) along its key with a cursor:
 * each step takes the rows after `after` and returns the last key it took, or null when it found
 * none. The cursor keeps a step from wading through the entries earlier steps deleted; after the
 * last step, one more sweep from the start catches rows added behind the cursor meanwhile.
 *
 * @param step - processes the rows after a key (ids compare as bigints; `'0'` is before all)
 */
export async function drainWithCursor(step: (after: string) => Promise<string | null>): Promise<void> {
  let after = '0';
  for (;;) {
    const last = await step(after);
    if (last !== null) after = last;
    else if (after === '0') return;
    else after = '0';
  }
}
