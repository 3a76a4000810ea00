/**
 * Relay paging as a trail of cursors: page n is asked with the end cursor of page n − 1. The trail
 * belongs to one set of filters (its key); other filters start again at the first page.
 */
export interface CursorTrail {
  key: string;
  /** `after` of each page reached so far (the first page has none). */
  cursors: ReadonlyArray<string | undefined>;
  /** 0-based. */
  page: number;
}

export function startTrail(key: string): CursorTrail {
  return { key, cursors: [undefined], page: 0 };
}

/** The trail for these filters: the same one, or a fresh one when the filters changed. */
export function trailFor(trail: CursorTrail, key: string): CursorTrail {
  return trail.key === key ? trail : startTrail(key);
}

/** One page on, after the shown page whose last cursor is `endCursor`. */
export function nextPage(trail: CursorTrail, endCursor: string | null | undefined): CursorTrail {
  if (!endCursor) return trail;
  const cursors = [...trail.cursors.slice(0, trail.page + 1), endCursor];
  return { ...trail, cursors, page: trail.page + 1 };
}

export function previousPage(trail: CursorTrail): CursorTrail {
  return trail.page === 0 ? trail : { ...trail, page: trail.page - 1 };
}

/** The cursor to ask the shown page with. */
export function afterOf(trail: CursorTrail): string | undefined {
  return trail.cursors[trail.page];
}
