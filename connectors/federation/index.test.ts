import { readFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
import { federationConnector } from '.';
import { MEMBERS } from './streams';

const fixture = readFileSync(join(__dirname, 'fixtures', 'members_20261101.ndjson'));
const firstLine = fixture.toString('utf8').split('\n')[0];
const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'expected-records.json'), 'utf8'),
) as {
  records: Array<{ key: string }>;
  rejections: Array<{ position: string; reason: string }>;
};
const member = (id: string, extra = '') =>
  `{"member_id":"${id}","name":"西安${id}有限公司","uscc":"","member_kind":"企业会员",` +
  `"chambers":[],"division_code":"610113","legal_rep":"某人","employees_reported":30,` +
  `"updated":"2026-10-01"${extra}}`;

describe('federation connector (drop inbox, NDJSON)', () => {
  let inbox: TestInbox;
  const options = { batchSize: 4, stableMs: 20 };
  const pull = (checkpoint?: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    pullAll(
      federationConnector,
      dropContext('federation', MEMBERS, inbox.dir, { ...options, ...extra }, checkpoint),
    );

  beforeEach(async () => {
    inbox = await createTestInbox('federation');
  });
  afterEach(() => inbox.remove());

  it('lands the good members and quarantines each bad line with its reason and line number', async () => {
    await writeFile(
      inbox.file('members_20261101.ndjson'),
      Buffer.concat([
        fixture,
        Buffer.from(member('M000020').slice(0, 40)),
        Buffer.from([0xc3, 0x28]),
        Buffer.from(`${member('M000020').slice(40)}\n`), // line 20: not UTF-8
        Buffer.from(`${firstLine}\n`), // line 21: M000001 again
        Buffer.from('\n'), // line 22: blank, ignored
        Buffer.from(`${member('M000023')}\r\n`), // line 23: CRLF ends a line too
      ]),
    );
    const batches = await pull();
    const sha256 = await fileSha256(inbox.file('members_20261101.ndjson'));

    expect(keysOf(batches)).toEqual([...expected.records.map((r) => r.key), 'M000023']);
    expect(rejectionsOf(batches)).toEqual([
      ...expected.rejections.map((r) => ({ position: r.position, reason: r.reason })),
      { position: '20', reason: 'invalid-encoding' },
      { position: '21', reason: 'duplicate-row' },
    ]);
    expect(batches.every((b) => b.records.length + b.rejections.length <= 4)).toBe(true);
    expect(batches.every((b) => b.origin === `members_20261101.ndjson#sha256=${sha256}`)).toBe(
      true,
    );
    expect(batches.map((b) => b.snapshot)).toEqual(
      batches.map((_, i) => ({ file: 'members_20261101.ndjson', final: i === batches.length - 1 })),
    );
    expect(batches.map((b) => b.checkpoint)).toEqual(
      batches.map((_, i) =>
        i === batches.length - 1 ? { processed: { 'members_20261101.ndjson': sha256 } } : undefined,
      ),
    );
    // 个人会员 (line 7) is neither a record nor a rejection.
    expect([
      ...keysOf(batches),
      ...batches.flatMap((b) => b.rejections.map((r) => r.recordKey)),
    ]).not.toContain('M000007');
  });

  it.each([
    ['members_20261101.ndjson', '', 'empty-file'],
    ['members_20261101.ndjson', '\n\n', 'empty-file'],
    [
      'members_20261101.ndjson',
      `${firstLine}\n${member('M000002').slice(0, 30)}`,
      'truncated-file',
    ],
    ['members_20261341.ndjson', `${firstLine}\n`, 'unreadable-file'],
  ])(
    'quarantines %s whole when it is %j → %s, landing nothing of it',
    async (name, content, reason) => {
      await writeFile(inbox.file(name), content);
      const batches = await pull();
      expect(batches).toHaveLength(1);
      expect(keysOf(batches)).toEqual([]);
      expect(rejectionsOf(batches)).toEqual([{ position: null, reason }]);
      expect(batches[0].checkpoint).toEqual({
        processed: { [name]: await fileSha256(inbox.file(name)) },
      });
    },
  );

  it('skips a file already processed, and reads a re-delivery with a new hash again', async () => {
    await writeFile(inbox.file('members_20261101.ndjson'), `${member('M1')}\n`);
    const first = await pull();
    expect(await pull(checkpointAfter(first))).toEqual([]);
    await writeFile(inbox.file('members_20261101.ndjson'), `${member('M1')}\n${member('M2')}\n`);
    expect(keysOf(await pull(checkpointAfter(first)))).toEqual(['M1', 'M2']);
  });

  it('leaves a file that is still being written until it is stable', async () => {
    const path = inbox.file('members_20261101.ndjson');
    await writeFile(path, `${member('M0')}\n`);
    const writing = (async () => {
      for (let i = 1; i <= 5; i++) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        await appendFile(path, `${member(`M${i}`)}\n`);
      }
    })();
    const during = await pull(undefined, { stableMs: 150 });
    await writing;
    expect(during).toEqual([]);
    expect(keysOf(await pull())).toEqual(['M0', 'M1', 'M2', 'M3', 'M4', 'M5']);
  });

  it('marks every batch of a second snapshot, and supersedes an older snapshot re-delivered after it', async () => {
    await writeFile(inbox.file('members_20261001.ndjson'), fixture);
    await writeFile(inbox.file('members_20261101.ndjson'), fixture);
    const both = await pull();
    const files = [...new Set(both.map((b) => b.snapshot?.file))];
    expect(files).toEqual(['members_20261001.ndjson', 'members_20261101.ndjson']);
    const november = both.filter((b) => b.snapshot?.file === 'members_20261101.ndjson');
    expect(november.map((b) => b.snapshot?.final)).toEqual(
      november.map((_, i) => i === november.length - 1),
    );

    await writeFile(inbox.file('members_20261001.ndjson'), `${member('M1')}\n`);
    const stale = await pull(checkpointAfter(both));
    expect(rejectionsOf(stale)).toEqual([{ position: null, reason: 'superseded-snapshot' }]);
  });
});
