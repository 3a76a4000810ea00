import { pagesInOrder } from './page-window';

/** A fake export whose pages answer in reverse order of request (later requests first). */
function slowExport(pages: (page: number) => number) {
  const requested: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = async (page: number) => {
    requested.push(page);
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, 20 - (page % 5) * 4));
    inFlight--;
    if (page > pages(page)) throw new Error(`page ${page} beyond ${pages(page)}`);
    return { page, pages: pages(page) };
  };
  return { fetch, requested, maxInFlight: () => maxInFlight };
}

async function collect<T>(pages: AsyncIterable<{ page: number; result: T }>): Promise<number[]> {
  const seen: number[] = [];
  for await (const { page } of pages) seen.push(page);
  return seen;
}

describe('pagesInOrder', () => {
  it('yields every page once, in page order, with at most the window requested ahead', async () => {
    const feed = slowExport(() => 9);
    expect(await collect(pagesInOrder(1, feed.fetch, 3))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...feed.requested].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(feed.maxInFlight()).toBe(3);
  });

  it('resumes at a later page and reads one page at a time with no window', async () => {
    const feed = slowExport(() => 6);
    expect(await collect(pagesInOrder(4, feed.fetch, 0))).toEqual([4, 5, 6]);
    expect(feed.maxInFlight()).toBe(1);
  });

  it('reads to the end each page announces when the export shrinks, ignoring pages asked for beyond it', async () => {
    // Page 1 says 8 pages; from page 2 on the export has only 3.
    const feed = slowExport((page) => (page === 1 ? 8 : 3));
    expect(await collect(pagesInOrder(1, feed.fetch, 4))).toEqual([1, 2, 3]);
    // the abandoned requests settle without an unhandled rejection
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('follows an export that grows while it is read', async () => {
    const feed = slowExport((page) => (page < 3 ? 3 : 5));
    expect(await collect(pagesInOrder(1, feed.fetch, 2))).toEqual([1, 2, 3, 4, 5]);
  });

  it('passes a failed page on to the reader, after the pages before it', async () => {
    const failing = async (page: number) => {
      if (page === 3) throw new Error('unreadable page 3');
      return { pages: 5 };
    };
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const { page } of pagesInOrder(1, failing, 4)) seen.push(page);
      })(),
    ).rejects.toThrow('unreadable page 3');
    expect(seen).toEqual([1, 2]);
  });
});
