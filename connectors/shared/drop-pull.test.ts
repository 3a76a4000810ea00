import { readFile, writeFile } from 'node:fs/promises';
import type { CanonicalRecord } from '../../src/canonical/canonical-record';
import type { Batch } from '../../src/landing/batch';
import { type InboxFile, DropFeedConfig } from './drop-inbox';
import {
  type DropFeed,
  type RowOutcome,
  WholeFileProblem,
  assertCompleteTextFile,
  pullDropFeed,
} from './drop-pull';
import {
  type TestInbox,
  createTestInbox,
  dropContext,
  keysOf,
  rejectionsOf,
} from './drop-test-inbox';

/**
 * A feed whose files hold one key per line; `!reason` lines are rejections, `-` lines are skipped,
 * `#reason` fails the file.
 */
function lineFeed(snapshot: boolean): DropFeed {
  return {
    source: 'federation',
    stream: 'lines',
    pattern: /^lines_\d+\.txt$/,
    snapshot,
    async *read(file: InboxFile): AsyncGenerator<RowOutcome> {
      await assertCompleteTextFile(file);
      const lines = (await readFile(file.path, 'utf8')).split('\n').filter(Boolean);
      for (const [i, line] of lines.entries()) {
        const position = String(i + 1);
        if (line === '-') yield null;
        else if (line.startsWith('#'))
          throw new WholeFileProblem(line.slice(1), 'cannot read on', position);
        else if (line.startsWith('!')) yield { reason: line.slice(1), position };
        else
          yield {
            key: line,
            payload: { line },
            canonical: { key: line } as CanonicalRecord,
            position,
          };
      }
    },
  };
}

describe('pullDropFeed', () => {
  let inbox: TestInbox;
  beforeEach(async () => {
    inbox = await createTestInbox('drop-pull');
  });
  afterEach(() => inbox.remove());

  const pull = async (
    feed: DropFeed,
    batchSize = 2,
    checkpoint?: Record<string, unknown>,
  ): Promise<Batch[]> => {
    const context = dropContext('federation', 'lines', inbox.dir, {}, checkpoint);
    const batches: Batch[] = [];
    const config = DropFeedConfig.parse({ inbox: inbox.dir, batchSize, stableMs: 5 });
    for await (const batch of pullDropFeed(context, feed, config)) batches.push(batch);
    return batches;
  };

  it('cuts files into batches, quarantines repeated keys, and checkpoints on the last batch only', async () => {
    await writeFile(inbox.file('lines_1.txt'), 'a\nb\n-\n!bad\na\nc\n');
    const batches = await pull(lineFeed(false));
    expect(batches.map((b) => b.records.length + b.rejections.length)).toEqual([2, 2, 1]);
    expect(keysOf(batches)).toEqual(['a', 'b', 'c']);
    expect(rejectionsOf(batches)).toEqual([
      { position: '4', reason: 'bad' },
      { position: '5', reason: 'duplicate-row' },
    ]);
    expect(batches.map((b) => b.checkpoint)).toEqual([
      undefined,
      undefined,
      { processed: { 'lines_1.txt': expect.any(String) } },
    ]);
    expect(batches.every((b) => b.snapshot === undefined)).toBe(true);
  });

  it('quarantines a file whole when it fails before any batch went out', async () => {
    await writeFile(inbox.file('lines_1.txt'), 'a\n#unreadable-file\n');
    const batches = await pull(lineFeed(true), 5);
    expect(batches).toHaveLength(1);
    expect(keysOf(batches)).toEqual([]);
    expect(rejectionsOf(batches)).toEqual([{ position: null, reason: 'unreadable-file' }]);
    expect(batches[0].snapshot).toBeUndefined();
  });

  it('ends a file that fails after batches went out with the problem, never as a complete snapshot', async () => {
    await writeFile(inbox.file('lines_1.txt'), 'a\nb\nc\n#unreadable-file\n');
    const batches = await pull(lineFeed(true));
    expect(keysOf(batches)).toEqual(['a', 'b', 'c']);
    expect(rejectionsOf(batches)).toEqual([{ position: '4', reason: 'unreadable-file' }]);
    expect(batches.map((b) => b.snapshot?.final)).toEqual([false, false]);
    expect(batches.at(-1)?.checkpoint).toBeDefined();
  });

  it('calls a file without data rows empty, and one whose rows are all skipped not', async () => {
    await writeFile(inbox.file('lines_1.txt'), '\n');
    await writeFile(inbox.file('lines_2.txt'), '-\n-\n');
    const batches = await pull(lineFeed(true));
    expect(rejectionsOf(batches)).toEqual([{ position: null, reason: 'empty-file' }]);
    expect(batches[1]).toEqual(
      expect.objectContaining({
        records: [],
        rejections: [],
        snapshot: { file: 'lines_2.txt', final: true },
      }),
    );
  });

  it('re-reads only the newest file on a full resync, keeping the older ones marked processed', async () => {
    await writeFile(inbox.file('lines_1.txt'), 'a\n');
    await writeFile(inbox.file('lines_2.txt'), 'b\n');
    const first = await pull(lineFeed(true));
    expect(keysOf(first)).toEqual(['a', 'b']);
    const context = {
      ...dropContext('federation', 'lines', inbox.dir, {}, first.at(-1)?.checkpoint),
      full: true,
    };
    const again: Batch[] = [];
    for await (const b of pullDropFeed(
      context,
      lineFeed(true),
      DropFeedConfig.parse({ inbox: inbox.dir, stableMs: 5 }),
    ))
      again.push(b);
    expect(keysOf(again)).toEqual(['b']);
    expect(Object.keys((again.at(-1)?.checkpoint as { processed: object }).processed)).toEqual([
      'lines_1.txt',
      'lines_2.txt',
    ]);
    expect(await pull(lineFeed(true), 2, again.at(-1)?.checkpoint)).toEqual([]);
  });
});
