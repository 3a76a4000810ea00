import { useUrlState } from './url-state';

/**
 * Relay paging kept in the address as a trail of cursors: the `after` cursor of every page past
 * the first, joined by commas (Relay cursors here are base64, which has no comma). The last one is
 * the current page's `after`; popping it goes back a page, so a bookmarked or reloaded page keeps
 * its place and its way back. A change of what is listed clears the trail (first page).
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

/** The address key of a page's list trail; a page with two lists names the second's. */
export const PAGES_KEY = 'pages';

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

/**
 * The trail kept in the address under `key`, and the move to another page (for CursorPager's
 * onChange). Whoever changes the list's filters clears `key` in the same address change.
 */
export function useCursorTrail(key: string = PAGES_KEY): {
  trail: CursorTrail;
  go: (pages: string | undefined) => void;
} {
  const [state, setState] = useUrlState([key]);
  return {
    trail: cursorTrail(state[key]),
    go: (pages) => setState({ [key]: pages }),
  };
}
