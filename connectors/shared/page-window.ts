/** Default of the paged connectors' `pagesAhead` option (measured with the sandbox registries). */
export const PAGES_AHEAD = 3;

/** A page of a numbered export: it says how many pages the export has. */
export interface NumberedPage {
  pages: number;
}

/**
 * Reads a numbered export (`page=1…pages`) from `first` on, in page order, with up to `window`
 * pages requested ahead of the one being landed: the department's time to build a page and the
 * hub's time to land one then overlap. Each page's own `pages` decides where the export ends, and
 * requests go no further ahead than the last page a page announced, so a shrinking export is read
 * to its new end. Leaving early abandons the pages still in flight (their failures are ignored).
 *
 * @param fetch - fetches and reads one page (retries and quarantine are its own)
 * @param window - pages requested ahead of the current one (0 reads one page at a time)
 */
export async function* pagesInOrder<T extends NumberedPage>(
  first: number,
  fetch: (page: number) => Promise<T>,
  window: number,
): AsyncGenerator<{ page: number; result: T }> {
  const inFlight = new Map<number, Promise<T>>();
  const request = (page: number) => {
    if (inFlight.has(page)) return;
    const pending = fetch(page);
    // Settled later or never awaited (an early exit): a failure must not go unhandled meanwhile.
    pending.catch(() => undefined);
    inFlight.set(page, pending);
  };
  for (let page = first; ; page++) {
    request(page);
    const result = await inFlight.get(page)!;
    inFlight.delete(page);
    for (let ahead = page + 1; ahead <= Math.min(result.pages, page + window); ahead++)
      request(ahead);
    yield { page, result };
    if (page >= result.pages) return;
  }
}
