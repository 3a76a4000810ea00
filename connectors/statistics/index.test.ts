import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
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
import { statisticsConnector } from '.';
import { type UnitsFixture, unitsFixture, writeUnitsWorkbook } from './fixtures/units-workbook';
import { UNITS, UNIT_COLUMNS } from './streams';

const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'expected-records.json'), 'utf8'),
) as {
  records: Array<{ key: string }>;
  rejections: Array<{ position: string; reason: string }>;
};
const NAME = 'units_2026Q3.xlsx';

/** The fixture with the first Xi'an unit repeated at the end of the Baoji sheet (宝鸡市!14). */
function withDuplicate(): UnitsFixture {
  const fixture = unitsFixture();
  fixture.sheets['宝鸡市'].push(fixture.sheets['西安市'][0]);
  return fixture;
}

describe('statistics connector (drop inbox, XLSX)', () => {
  let inbox: TestInbox;
  const options = { batchSize: 6, stableMs: 20 };
  const pull = (checkpoint?: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    pullAll(
      statisticsConnector,
      dropContext('statistics', UNITS, inbox.dir, { ...options, ...extra }, checkpoint),
    );

  beforeEach(async () => {
    inbox = await createTestInbox('statistics');
  });
  afterEach(() => inbox.remove());

  it('lands the good rows of every sheet and quarantines each bad one with its sheet!row', async () => {
    await writeUnitsWorkbook(inbox.file(NAME), withDuplicate());
    const batches = await pull();
    const sha256 = await fileSha256(inbox.file(NAME));

    expect(keysOf(batches)).toEqual(expected.records.map((r) => r.key));
    expect(rejectionsOf(batches)).toEqual([
      ...expected.rejections.map((r) => ({ position: r.position, reason: r.reason })),
      { position: '宝鸡市!14', reason: 'duplicate-row' },
    ]);
    expect(
      batches.every(
        (b) =>
          b.records.length + b.rejections.length <= 6 && b.origin === `${NAME}#sha256=${sha256}`,
      ),
    ).toBe(true);
    expect(batches.map((b) => b.checkpoint)).toEqual(
      batches.map((_, i) =>
        i === batches.length - 1 ? { processed: { [NAME]: sha256 } } : undefined,
      ),
    );
    // quarterly, not a full snapshot
    expect(batches.every((b) => b.snapshot === undefined)).toBe(true);
    // A real Excel date cell (报告期 of 西安市!4) reads as the same text as a typed one.
    const bakery = batches.flatMap((b) => b.records).find((r) => r.key === '220400014');
    expect(bakery?.payload).toEqual(
      expect.objectContaining({ 报告期: '2026-09-30', 统计区划代码: 610103002003 }),
    );
  });

  it('quarantines the whole workbook when one sheet has a wrong header, though the others are fine', async () => {
    await writeUnitsWorkbook(inbox.file(NAME), unitsFixture(), (sheet) =>
      sheet === '宝鸡市' ? UNIT_COLUMNS.slice(0, 12) : UNIT_COLUMNS,
    );
    const batches = await pull();
    expect(batches).toHaveLength(1);
    expect(keysOf(batches)).toEqual([]);
    expect(rejectionsOf(batches)).toEqual([{ position: null, reason: 'wrong-header' }]);
  });

  it('quarantines a sheet without its title row (header in row 1) as a wrong header', async () => {
    await writeUnitsWorkbook(inbox.file(NAME), { ...unitsFixture(), title: null });
    expect(rejectionsOf(await pull())).toEqual([{ position: null, reason: 'wrong-header' }]);
  });

  it.each([
    ['empty', async (path: string) => writeFile(path, ''), 'empty-file'],
    [
      'not a zip',
      async (path: string) => writeFile(path, 'this is not a workbook\n'),
      'unreadable-file',
    ],
    [
      'cut short',
      async (path: string) => {
        await writeUnitsWorkbook(path, unitsFixture());
        const bytes = await readFile(path);
        await writeFile(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      },
      'truncated-file',
    ],
    [
      'without data rows',
      async (path: string) => writeUnitsWorkbook(path, { title: 't', sheets: { 西安市: [] } }),
      'empty-file',
    ],
  ])(
    'quarantines a workbook that is %s whole, and marks it processed',
    async (_, write, reason) => {
      await write(inbox.file(NAME));
      const batches = await pull();
      expect(batches).toHaveLength(1);
      expect(keysOf(batches)).toEqual([]);
      expect(rejectionsOf(batches)).toEqual([{ position: null, reason }]);
      expect(batches[0].checkpoint).toEqual({
        processed: { [NAME]: await fileSha256(inbox.file(NAME)) },
      });
    },
  );

  it('closes a workbook that breaks mid-way with unreadable-file where reading stopped, keeping what landed', async () => {
    const fixture = unitsFixture();
    for (let i = 0; i < 300; i++) {
      fixture.sheets['宝鸡市'].push([
        '',
        '',
        `宝鸡市渭滨区商行${i}`,
        '法人单位',
        '5292',
        '3',
        '10',
        i,
        10,
        '610302001003',
        `宝鸡市渭滨区经二路${i * 7919}号`,
        '',
        '2026-09-30',
      ]);
    }
    await writeUnitsWorkbook(inbox.file(NAME), fixture);
    const bytes = await readFile(inbox.file(NAME));
    // Flip bytes late in the compressed XML of the second sheet (between its entry and the next zip
    // record).
    const start = bytes.indexOf('xl/worksheets/sheet2.xml') + 'xl/worksheets/sheet2.xml'.length;
    const end = bytes.indexOf(Buffer.from([0x50, 0x4b]), start + 100);
    const at = start + Math.floor((end - start) * 0.8);
    for (let k = 0; k < 16; k++) bytes[at + k] ^= 0x5a;
    await writeFile(inbox.file(NAME), bytes);

    const batches = await pull(undefined, { batchSize: 20 });
    expect(keysOf(batches).length).toBeGreaterThan(expected.records.length);
    const last = batches.at(-1)!;
    expect(last.rejections.at(-1)).toEqual(
      expect.objectContaining({
        reason: 'unreadable-file',
        position: expect.stringMatching(/^宝鸡市!\d+$/),
      }),
    );
    expect(last.checkpoint).toEqual({ processed: { [NAME]: await fileSha256(inbox.file(NAME)) } });
  });

  it('skips a workbook already processed, and reads a re-delivery with a new hash again', async () => {
    await writeUnitsWorkbook(inbox.file(NAME), unitsFixture());
    const first = await pull();
    expect(await pull(checkpointAfter(first))).toEqual([]);
    const corrected = unitsFixture();
    corrected.sheets['西安市'][0][7] = 39;
    await writeUnitsWorkbook(inbox.file(NAME), corrected);
    const again = await pull(checkpointAfter(first));
    expect(
      again.flatMap((b) => b.records).find((r) => r.key === '91610113MA6U000138')?.canonical
        .employees,
    ).toBe(39);
  });

  it('reads quarters in order, ignores other names, and leaves a workbook being copied until it is stable', async () => {
    await writeUnitsWorkbook(inbox.file('units_2026Q2.xlsx'), unitsFixture());
    await writeUnitsWorkbook(inbox.file('units_2026Q5.xlsx'), unitsFixture());
    const whole = await readFile(inbox.file('units_2026Q2.xlsx'));
    await writeFile(inbox.file(NAME), whole.subarray(0, 1000));
    const copying = (async () => {
      for (let at = 1000; at < whole.length; at += Math.ceil(whole.length / 5)) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        await writeFile(
          inbox.file(NAME),
          whole.subarray(0, Math.min(whole.length, at + Math.ceil(whole.length / 5))),
        );
      }
    })();
    const during = await pull(undefined, { stableMs: 150 });
    await copying;
    expect([...new Set(during.map((b) => b.origin.split('#')[0]))]).toEqual(['units_2026Q2.xlsx']);
    expect(
      during
        .flatMap((b) => b.records)
        .every((r) => r.canonical.observedAt === '2026-06-30T16:00:00.000Z'),
    ).toBe(true);
    const after = await pull(checkpointAfter(during));
    expect([...new Set(after.map((b) => b.origin.split('#')[0]))]).toEqual([NAME]);
  });
});
