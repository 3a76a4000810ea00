/**
 * Relay paging kept in the address as a trail of cursors: the `after` cursor of every page past
 * the first, joined by commas (Relay cursors here are base64, which has no comma). The last one is
 * the current page's `after`; popping it goes back a page, so a bookmarked page keeps its way back.
 */
export interface CursorTrail {
  /** The `after` of the page shown; undefined on the first page. */
  after: string | undefined;
  /** 1 for the first page. */
  page: number;
  /** The trail one page on, from the shown page's endCursor. */
  next(endCursor: string): string;
  /** The trail one page back (undefined: the first page). */
  previous(): string | undefined;
}

export function cursorTrail(param: string | undefined): CursorTrail {
  const cursors = param ? param.split(',').filter((c) => c.length > 0) : [];
  return {
    after: cursors.at(-1),
    page: cursors.length + 1,
    next: (endCursor) => [...cursors, endCursor].join(','),
    previous: () => (cursors.length > 1 ? cursors.slice(0, -1).join(',') : undefined),
  };
}

/** The 1-based position of a row of the shown page in the whole list. */
export function rowNumber(trail: CursorTrail, pageSize: number, index: number): number {
  return (trail.page - 1) * pageSize + index + 1;
}
