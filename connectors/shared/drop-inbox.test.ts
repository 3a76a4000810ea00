import { createHash } from 'node:crypto';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { ConfigError } from '../../src/config/hub-config';
import {
  DropFeedConfig,
  InboxUnavailableError,
  fileDateInstant,
  fileOrigin,
  inboxOf,
  isProcessed,
  listReadyFiles,
  newestProcessed,
  processedFilesOf,
  withProcessed,
} from './drop-inbox';
import { type TestInbox, createTestInbox } from './drop-test-inbox';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const FILES = /^members_\d{8}\.ndjson$/;

describe('drop inbox', () => {
  let inbox: TestInbox;
  beforeEach(async () => {
    inbox = await createTestInbox('drop');
  });
  afterEach(() => inbox.remove());

  it('lists the matching files by name, with size and SHA-256, and nothing else', async () => {
    await writeFile(inbox.file('members_20261101.ndjson'), 'b\n');
    await writeFile(inbox.file('members_20261001.ndjson'), 'a\n');
    await writeFile(inbox.file('notes.txt'), 'x');
    await mkdir(inbox.file('members_20261201.ndjson')); // a directory with a matching name
    const files = await listReadyFiles(inbox.dir, FILES, { stableMs: 10 });
    expect(files).toEqual([
      {
        name: 'members_20261001.ndjson',
        path: inbox.file('members_20261001.ndjson'),
        size: 2,
        sha256: sha('a\n'),
      },
      {
        name: 'members_20261101.ndjson',
        path: inbox.file('members_20261101.ndjson'),
        size: 2,
        sha256: sha('b\n'),
      },
    ]);
    expect(fileOrigin(files[0])).toBe(`members_20261001.ndjson#sha256=${sha('a\n')}`);
  });

  it('leaves out a file that grows between the two looks', async () => {
    await writeFile(inbox.file('members_20261001.ndjson'), 'done\n');
    await writeFile(inbox.file('members_20261101.ndjson'), 'half');
    const grow = setTimeout(
      () => void appendFile(inbox.file('members_20261101.ndjson'), ' more\n'),
      30,
    );
    const files = await listReadyFiles(inbox.dir, FILES, { stableMs: 150 });
    clearTimeout(grow);
    expect(files.map((f) => f.name)).toEqual(['members_20261001.ndjson']);
    expect(
      (await listReadyFiles(inbox.dir, FILES, { stableMs: 10 })).map((f) => f.name),
    ).toHaveLength(2);
  });

  it('names the directory and the variable when the inbox is missing', async () => {
    const missing = inbox.file('gone');
    const listing = listReadyFiles(missing, FILES, { stableMs: 0, source: 'federation' });
    await expect(listing).rejects.toThrow(InboxUnavailableError);
    await expect(
      listReadyFiles(missing, FILES, { stableMs: 0, source: 'federation' }),
    ).rejects.toThrow(
      `inbox directory ${missing} does not exist or is not a directory: check ` +
        `HUB_FEED_FEDERATION_INBOX`,
    );
    expect(() => inboxOf({ source: 'statistics', transport: 'drop', sandbox: false })).toThrow(
      new ConfigError('statistics is a drop feed without an inbox: set HUB_FEED_STATISTICS_INBOX'),
    );
  });

  it('keeps a checkpoint of processed files by name and hash', () => {
    const a = { name: 'members_20261001.ndjson', path: '', size: 2, sha256: 'aa' };
    const empty = processedFilesOf(undefined);
    expect(isProcessed(empty, a)).toBe(false);
    const done = withProcessed(empty, a);
    expect(done).toEqual({ processed: { 'members_20261001.ndjson': 'aa' } });
    expect(empty).toEqual({ processed: {} });
    expect(isProcessed(done, a)).toBe(true);
    expect(isProcessed(done, { ...a, sha256: 'bb' })).toBe(false); // re-delivered: a new version
    expect(newestProcessed(withProcessed(done, { ...a, name: 'members_20261101.ndjson' }))).toBe(
      'members_20261101.ndjson',
    );
    expect(processedFilesOf({ processed: { x: 1, y: 'h' }, other: true })).toEqual({
      processed: { y: 'h' },
    });
  });

  it('reads the date of a dated file name as midnight China Standard Time', () => {
    expect(fileDateInstant('members_20261101.ndjson', FILES)).toBeNull(); // no capture group
    expect(fileDateInstant('members_20261101.ndjson', /^members_(\d{8})\.ndjson$/)).toBe(
      '2026-10-31T16:00:00.000Z',
    );
    expect(fileDateInstant('members_20260230.ndjson', /^members_(\d{8})\.ndjson$/)).toBeNull();
  });

  it('validates the drop options, with defaults', () => {
    expect(DropFeedConfig.parse({ inbox: '/in' })).toEqual({
      inbox: '/in',
      batchSize: 1000,
      stableMs: 2000,
    });
    expect(() => DropFeedConfig.parse({ inbox: '/in', batchSize: 5000 })).toThrow();
  });
});
