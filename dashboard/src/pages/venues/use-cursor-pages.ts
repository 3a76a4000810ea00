import { useState } from 'react';
import { afterOf, nextPage, previousPage, startTrail, trailFor } from './cursor-pages';

/** The page to show of a Relay list under these filters (`key`), and the moves to others. */
export function useCursorPages(key: string) {
  const [stored, setTrail] = useState(() => startTrail(key));
  const trail = trailFor(stored, key);
  return {
    after: afterOf(trail),
    page: trail.page,
    next: (endCursor: string | null | undefined) => setTrail(nextPage(trail, endCursor)),
    previous: () => setTrail(previousPage(trail)),
  };
}
