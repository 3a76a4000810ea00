import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Batch, MappedRecord } from '../../src/landing/batch';
import { downloadToTempFile } from '../shared/file-download';
import type { RosterDownload } from './client';
import { mapUnionRow, parseCoveredUnits, parseSixHaves } from './mapping';
import { rosterBatches } from './roster-batches';

const fixturePath = join(__dirname, 'fixtures', 'unions.csv');
const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'expected-records.json'), 'utf8'),
) as {
  records: unknown[];
  rejections: Array<{ position: string; reason: string }>;
};

/** Lands a roster body as the connector would, without HTTP. */
async function batchesOf(
  body: Buffer | string,
  batchSize = 1000,
  etag: string | null = '"v1"',
): Promise<Batch[]> {
  const source = typeof body === 'string' ? createReadStream(body) : Readable.from([body]);
  const file = await downloadToTempFile(source, 'hub-trade-union-test');
  const download: Extract<RosterDownload, { notModified: false }> = {
    notModified: false,
    url: 'http://registry/unions.csv',
    etag: etag ?? undefined,
    file,
    whole: file.bytes > 0 && file.endsWithLineBreak,
  };
  const batches: Batch[] = [];
  try {
    for await (const batch of rosterBatches(download, batchSize)) batches.push(batch);
  } finally {
    await file.dispose();
  }
  return batches;
}

describe('trade-union mapping', () => {
  it('maps the good rows of the roster to the expected canonical records', async () => {
    const batches = await batchesOf(fixturePath);
    expect(batches.flatMap((b) => b.records.map((r) => r.canonical))).toEqual(expected.records);
  });

  it('quarantines the bad rows with the expected reasons and line numbers', async () => {
    const batches = await batchesOf(fixturePath);
    expect(
      batches.flatMap((b) => b.rejections.map((r) => ({ position: r.position, reason: r.reason }))),
    ).toEqual(expected.rejections);
  });

  it('keeps the row as sent (every column as text) as the payload', async () => {
    const [batch] = await batchesOf(fixturePath);
    expect(batch.records[3].payload).toEqual(
      expect.objectContaining({ union_id: 'U004', union_uscc: '', established: '2019年4月1日' }),
    );
  });

  it('splits the download into batches of the configured size, one snapshot, checkpoint on the last only', async () => {
    const batches = await batchesOf(fixturePath, 8);
    expect(batches.map((b) => b.records.length + b.rejections.length)).toEqual([8, 8, 4]);
    expect(batches.map((b) => b.snapshot)).toEqual([
      { file: 'unions.csv@v1', final: false },
      { file: 'unions.csv@v1', final: false },
      { file: 'unions.csv@v1', final: true },
    ]);
    expect(batches.map((b) => b.checkpoint?.etag)).toEqual([undefined, undefined, '"v1"']);
  });

  it('names a roster without ETag by its SHA-256', async () => {
    const [batch] = await batchesOf(fixturePath, 1000, null);
    expect(batch.snapshot?.file).toMatch(/^unions\.csv@sha256:[0-9a-f]{64}$/);
  });

  it('lands a header-only roster as an empty final snapshot', async () => {
    const header = readFileSync(fixturePath, 'utf8').split('\r\n')[0];
    const batches = await batchesOf(Buffer.from(`${header}\n`));
    expect(batches).toEqual([
      expect.objectContaining({
        records: [],
        rejections: [],
        snapshot: { file: 'unions.csv@v1', final: true },
      }),
    ]);
  });

  it.each([
    ['a wrong header', Buffer.from('union_id,name\nU001,x\n'), 'wrong-header'],
    ['an empty body', Buffer.alloc(0), 'truncated-file'],
    [
      'a body without final line break',
      readFileSync(fixturePath).subarray(0, 700),
      'truncated-file',
    ],
    [
      'a quote that never closes',
      Buffer.concat([readFileSync(fixturePath), Buffer.from('U020,"未闭合,,单独建会\r\n')]),
      'unclosed-quote',
    ],
  ])(
    'quarantines %s whole: one batch, no records, no snapshot, no checkpoint',
    async (_what, body, reason) => {
      const batches = await batchesOf(body);
      expect(batches).toHaveLength(1);
      expect(batches[0]).toEqual(
        expect.objectContaining({
          records: [],
          rejections: [expect.objectContaining({ reason, position: null })],
        }),
      );
      expect(batches[0].snapshot).toBeUndefined();
      expect(batches[0].checkpoint).toBeUndefined();
    },
  );

  it('parses covered units, keeping invalid claims and names without codes', () => {
    expect(
      parseCoveredUnits(
        '91610113MA6U2KQ14C|甲公司；９１６１０１０４２２０６１２３４０X｜乙所;|丙店;丁馆;',
      ),
    ).toEqual([
      {
        identifier: expect.objectContaining({ normalized: '91610113MA6U2KQ14C', valid: true }),
        name: '甲公司',
      },
      {
        identifier: expect.objectContaining({ normalized: '91610104220612340X', valid: false }),
        name: '乙所',
      },
      { identifier: null, name: '丙店' },
      { identifier: null, name: '丁馆' },
    ]);
    expect(parseCoveredUnits('')).toEqual([]);
  });

  it('reads the six haves in V1 order', () => {
    expect(parseSixHaves('YNYNYN')).toEqual({
      place: true,
      facilities: false,
      signage: true,
      flag: false,
      books: true,
      rules: false,
    });
    expect(parseSixHaves(undefined)).toBeUndefined();
    expect(() => parseSixHaves('YYYYY')).toThrow('six Y/N');
    expect(() => parseSixHaves('yyyyyy')).toThrow('six Y/N');
  });

  it('uses employees_reported as the employees of the union record', () => {
    const row =
      'U1,甲工会,,单独建会,91610113MA6U2KQ14C|甲公司,20,26,,正常,,610113,2026-11-20'.split(',');
    expect((mapUnionRow(row, '2') as MappedRecord).canonical).toMatchObject({
      employees: 26,
      coverage: { members: 20, form: '单独建会' },
    });
  });
});
