import { readFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { ConfigError } from '../../src/config/hub-config';
import { fileSha256 } from '../shared/drop-inbox';
import {
  type TestInbox,
  checkpointAfter,
  createTestInbox,
  dropContext,
  keysOf,
  pullAll,
  rejectionsOf,
} from '../shared/drop-test-inbox';
import { civilAffairsConnector } from '.';
import { SOCIAL_ORGS } from './streams';

const fixture = readFileSync(join(__dirname, 'fixtures', 'social-orgs.utf8.csv'), 'utf8');
const [headerLine, firstRow] = fixture.split('\r\n');
const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'expected-records.json'), 'utf8'),
) as {
  records: Array<{ key: string }>;
  rejections: Array<{ position: string; reason: string }>;
};
const gb = (text: string) => iconv.encode(text, 'gb18030');

/**
 * The fixture as GB18030, plus rows broken at the byte and CSV level (lines 21–23) and a good one
 * (24).
 */
function brokenExport(): Buffer {
  return Buffer.concat([
    gb(fixture),
    gb(
      '51610103MJ0000180X,缺一列协会,社会团体,碑林区民政局,张三,2010/1/1,西安市碑林区,610103,范围,文化,3,正常\r\n',
    ),
    gb('51610103MJ0000190X,坏字节协会,社会团体,碑林区民政局,,李四,2010/1/1,西安市'),
    Buffer.from([0xff]),
    gb('碑林区,610103,范围,文化,3,正常\r\n'),
    gb(`${firstRow}\r\n`),
    gb(
      '51610103MJ00002100,最后协会,社会团体,碑林区民政局,,赵六,2010/1/1,西安市碑林区,610103,范围,文化,3,正常\r\n',
    ),
  ]);
}

describe('civil-affairs connector (drop inbox, GB18030 CSV)', () => {
  let inbox: TestInbox;
  const options = { batchSize: 5, stableMs: 20 };
  const pull = (checkpoint?: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    pullAll(
      civilAffairsConnector,
      dropContext('civil-affairs', SOCIAL_ORGS, inbox.dir, { ...options, ...extra }, checkpoint),
    );

  beforeEach(async () => {
    inbox = await createTestInbox('civil-affairs');
  });
  afterEach(() => inbox.remove());

  it('lands the good rows and quarantines each bad one with its reason and line', async () => {
    await writeFile(inbox.file('social_orgs_20261001.csv'), brokenExport());
    const batches = await pull();
    const sha256 = await fileSha256(inbox.file('social_orgs_20261001.csv'));

    expect(keysOf(batches)).toEqual([...expected.records.map((r) => r.key), '51610103MJ00002100']);
    expect(rejectionsOf(batches)).toEqual([
      ...expected.rejections.map((r) => ({ position: r.position, reason: r.reason })),
      { position: '21', reason: 'wrong-column-count' },
      { position: '22', reason: 'invalid-encoding' },
      { position: '23', reason: 'duplicate-row' },
    ]);
    for (const batch of batches) {
      expect(batch.records.length + batch.rejections.length).toBeLessThanOrEqual(5);
      expect(batch.origin).toBe(`social_orgs_20261001.csv#sha256=${sha256}`);
    }
    // Only the last batch marks the file processed and closes the snapshot.
    expect(batches.map((b) => b.checkpoint !== undefined)).toEqual(
      batches.map((_, i) => i === batches.length - 1),
    );
    expect(batches.map((b) => b.snapshot)).toEqual(
      batches.map((_, i) => ({
        file: 'social_orgs_20261001.csv',
        final: i === batches.length - 1,
      })),
    );
    expect(batches.at(-1)?.checkpoint).toEqual({
      processed: { 'social_orgs_20261001.csv': sha256 },
    });
    const duplicate = batches
      .flatMap((b) => b.rejections)
      .find((r) => r.reason === 'duplicate-row');
    expect(duplicate?.recordKey).toBe('51610000MJ0000026C');
  });

  it('quarantines a file whole when a quote never closes (it would swallow the rows after it)', async () => {
    const unclosed =
      '51610103MJ0000200X,未闭合协会,社会团体,碑林区民政局,,王五,2010/1/1,"西安市碑林区,610103,范围,文化,3,正常';
    await writeFile(
      inbox.file('social_orgs_20261001.csv'),
      gb(`${fixture}${unclosed}\r\n${fixture.split('\r\n')[2]}\r\n`),
    );
    const batches = await pull();
    expect(batches).toHaveLength(1);
    expect(keysOf(batches)).toEqual([]);
    expect(rejectionsOf(batches)).toEqual([{ position: null, reason: 'unreadable-file' }]);
    expect(batches[0].snapshot).toBeUndefined();
  });

  it('keeps a stray quote inside a field as text (RFC 4180 leniency) instead of losing the row', async () => {
    const stray =
      '51610103MJ0000200X,"引号"协会,社会团体,碑林区民政局,,王五,2010/1/1,西安市碑林区,610103,范围,文化,3,正常';
    await writeFile(inbox.file('social_orgs_20261001.csv'), gb(`${headerLine}\r\n${stray}\r\n`));
    const batches = await pull();
    expect(batches.flatMap((b) => b.records).map((r) => r.canonical.name)).toEqual(['"引号"协会']);
  });

  it.each([
    ['empty', Buffer.alloc(0), 'empty-file'],
    ['header only', gb(`${headerLine}\r\n`), 'empty-file'],
    [
      'truncated (no final line break)',
      gb(`${headerLine}\r\n${firstRow}\r\n51610103MJ0000180X,半行`),
      'truncated-file',
    ],
    [
      'wrong header',
      gb(`${headerLine.replace('登记状态', '状态')}\r\n${firstRow}\r\n`),
      'wrong-header',
    ],
    [
      'UTF-8 instead of GB18030',
      Buffer.from(`${headerLine}\r\n${firstRow}\r\n`, 'utf8'),
      'wrong-header',
    ],
  ])(
    'quarantines a %s file whole, lands nothing of it, and marks it processed',
    async (_, content, reason) => {
      await writeFile(inbox.file('social_orgs_20261001.csv'), content);
      const batches = await pull();
      expect(batches).toHaveLength(1);
      expect(batches[0].records).toEqual([]);
      expect(batches[0].rejections).toEqual([expect.objectContaining({ position: null, reason })]);
      expect(batches[0].snapshot).toBeUndefined();
      expect(batches[0].checkpoint).toEqual({
        processed: {
          'social_orgs_20261001.csv': await fileSha256(inbox.file('social_orgs_20261001.csv')),
        },
      });
    },
  );

  it('skips a file already processed, and reads a re-delivery with a new hash again', async () => {
    await writeFile(inbox.file('social_orgs_20261001.csv'), gb(`${headerLine}\r\n${firstRow}\r\n`));
    const first = await pull();
    expect(keysOf(first)).toEqual(['51610000MJ0000026C']);
    expect(await pull(checkpointAfter(first))).toEqual([]);

    await writeFile(
      inbox.file('social_orgs_20261001.csv'),
      gb(`${headerLine}\r\n${firstRow.replace(',12,', ',13,')}\r\n`),
    );
    const again = await pull(checkpointAfter(first));
    expect(again.flatMap((b) => b.records).map((r) => r.canonical.employees)).toEqual([13]);
  });

  it('leaves a file that is still being written until it is stable', async () => {
    const path = inbox.file('social_orgs_20261001.csv');
    await writeFile(path, gb(`${headerLine}\r\n`));
    const writing = (async () => {
      for (let i = 0; i < 6; i++) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        await appendFile(
          path,
          gb(`${firstRow.replace('51610000MJ0000026C', `5161000${i}MJ0000026C`)}\r\n`),
        );
      }
    })();
    const during = await pull(undefined, { stableMs: 150 });
    await writing;
    expect(during).toEqual([]);
    expect(keysOf(await pull())).toHaveLength(6);
  });

  it('marks every batch of a second snapshot, and supersedes an older snapshot re-delivered after it', async () => {
    await writeFile(inbox.file('social_orgs_20261001.csv'), gb(fixture));
    const october = await pull();
    await writeFile(inbox.file('social_orgs_20261101.csv'), gb(fixture));
    const november = await pull(checkpointAfter(october));
    expect(november.length).toBeGreaterThan(1);
    expect(november.every((b) => b.snapshot?.file === 'social_orgs_20261101.csv')).toBe(true);
    expect(november.map((b) => b.snapshot?.final)).toEqual(
      november.map((_, i) => i === november.length - 1),
    );
    expect(
      november.every((b) =>
        b.records.every((r) => r.canonical.observedAt === '2026-10-31T16:00:00.000Z'),
      ),
    ).toBe(true);

    await writeFile(inbox.file('social_orgs_20261001.csv'), gb(`${headerLine}\r\n${firstRow}\r\n`));
    const stale = await pull(checkpointAfter(november));
    expect(rejectionsOf(stale)).toEqual([{ position: null, reason: 'superseded-snapshot' }]);
    expect(stale[0].records).toEqual([]);
  });

  it('names the directory and the variable when the inbox is missing or not configured', async () => {
    const missing = join(inbox.dir, 'nowhere');
    await expect(
      pullAll(civilAffairsConnector, dropContext('civil-affairs', SOCIAL_ORGS, missing, options)),
    ).rejects.toThrow(new RegExp(`${missing}.*HUB_FEED_CIVIL_AFFAIRS_INBOX`));
    const unconfigured = {
      ...dropContext('civil-affairs', SOCIAL_ORGS, inbox.dir, options),
      feed: { source: 'civil-affairs' as const, transport: 'drop' as const, sandbox: false },
    };
    expect(() => civilAffairsConnector.pull(unconfigured)).toThrow(ConfigError);
    expect(() => civilAffairsConnector.pull(unconfigured)).toThrow(/HUB_FEED_CIVIL_AFFAIRS_INBOX/);
  });
});
