import { describe, expect, it } from 'vitest';
import { cursorTrail, rowNumber } from './cursor-trail';

describe('cursorTrail', () => {
  it('starts on the first page without a cursor', () => {
    const trail = cursorTrail(undefined);
    expect(trail.after).toBeUndefined();
    expect(trail.page).toBe(1);
    expect(trail.previous()).toBeUndefined();
    expect(trail.next('YQ==')).toBe('YQ==');
  });

  it('goes on with the end cursor and back by popping it', () => {
    const trail = cursorTrail('YQ==,Yg==');
    expect(trail.after).toBe('Yg==');
    expect(trail.page).toBe(3);
    expect(trail.next('Yw==')).toBe('YQ==,Yg==,Yw==');
    expect(trail.previous()).toBe('YQ==');
    expect(cursorTrail(trail.previous()).page).toBe(2);
    expect(cursorTrail('YQ==').previous()).toBeUndefined();
  });

  it('ignores empty pieces of a hand-edited address', () => {
    expect(cursorTrail('').page).toBe(1);
    expect(cursorTrail('YQ==,,').after).toBe('YQ==');
  });

  it('numbers rows across pages', () => {
    expect(rowNumber(cursorTrail('YQ=='), 50, 0)).toBe(51);
    expect(rowNumber(cursorTrail(undefined), 50, 49)).toBe(50);
  });
});
