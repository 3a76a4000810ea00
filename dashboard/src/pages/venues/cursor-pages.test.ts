import { describe, expect, it } from 'vitest';
import { afterOf, nextPage, previousPage, startTrail, trailFor } from './cursor-pages';

describe('cursor trail', () => {
  it('walks forward with end cursors and back again', () => {
    let trail = startTrail('a');
    expect(afterOf(trail)).toBeUndefined();
    trail = nextPage(trail, 'c1');
    trail = nextPage(trail, 'c2');
    expect(trail.page).toBe(2);
    expect(afterOf(trail)).toBe('c2');
    trail = previousPage(trail);
    expect(afterOf(trail)).toBe('c1');
    trail = nextPage(trail, 'c2b');
    expect(trail.cursors).toEqual([undefined, 'c1', 'c2b']);
  });

  it('stays on the last page without an end cursor and on the first going back', () => {
    const first = startTrail('a');
    expect(nextPage(first, null)).toBe(first);
    expect(previousPage(first)).toBe(first);
  });

  it('starts again when the filters change', () => {
    const trail = nextPage(startTrail('a'), 'c1');
    expect(trailFor(trail, 'a')).toBe(trail);
    expect(trailFor(trail, 'b')).toEqual(startTrail('b'));
  });
});
