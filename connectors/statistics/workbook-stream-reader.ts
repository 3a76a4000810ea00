import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

/** One entry of a zip's central directory, as unzipper gives it. */
interface ZipEntry {
  path: string;
  stream(): Readable;
}

/** unzipper's central-directory reader over a byte source we control (so we can close it). */
interface Unzipper {
  Open: {
    custom(source: {
      size(): Promise<number>;
      stream(offset: number, length?: number): ReadStream;
    }): Promise<{ files: ZipEntry[] }>;
  };
}

// exceljs's own zip library (0.10.14, installed with it); see the report on declaring it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const unzipper = require('unzipper') as Unzipper;

type ReaderEvent = { eventType: string; value: unknown };

/** The parts of exceljs 4.4.0's streaming reader this class drives (not in its typings). */
interface ReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<ReaderEvent>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<ReaderEvent>;
}

const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** UTF-8 text of a stream, never splitting a character across two chunks. */
async function* utf8Text(stream: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs's streaming WorkbookReader, reading the zip through its central directory. exceljs 4.4.0
 * reads an xlsx in one streaming pass that, on Node ≥ 18, now and then stops early: the last sheets
 * and `xl/workbook.xml` (which exceljs writes last) never arrive, so sheets are lost and named
 * `Sheet1`… (exceljs #3064, #2790). It also decodes each chunk on its own, turning a Chinese
 * character split across two chunks into U+FFFD (#2063, #2084). Here the directory is read first,
 * then the relations, workbook, shared strings and styles, then each sheet, entry by entry, each as
 * UTF-8 text decoded by a streaming decoder; exceljs's own parsers do the rest, row by row, so
 * memory stays flat (the shared-string table aside). Hyperlinks are not read. Every file handle is
 * closed when reading ends.
 */
export class WorkbookStreamReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(
    private readonly path: string,
    options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
  ) {
    super(path, options);
  }

  override async *parse(): AsyncGenerator<ReaderEvent> {
    const self = this as unknown as ReaderInternals;
    const opened = new Set<ReadStream>();
    const source = {
      size: async () => (await stat(this.path)).size,
      stream: (offset: number, length?: number) => {
        const bytes = createReadStream(this.path, {
          start: offset,
          end: length ? offset + length : undefined,
        });
        opened.add(bytes);
        bytes.once('close', () => opened.delete(bytes));
        return bytes;
      },
    };
    try {
      const { files } = await unzipper.Open.custom(source);
      const text = (path: string): Readable | undefined =>
        files
          .find((f) => f.path === path)
          ?.stream()
          .setEncoding('utf8');
      const rels = text('xl/_rels/workbook.xml.rels');
      if (rels) await self._parseRels(rels);
      const workbook = text('xl/workbook.xml');
      if (workbook) await self._parseWorkbook(workbook);
      const strings = text('xl/sharedStrings.xml');
      if (strings) yield* self._parseSharedStrings(strings);
      const styles = text('xl/styles.xml');
      if (styles) await self._parseStyles(styles);
      const sheets = files
        .map((file) => ({ file, number: WORKSHEET.exec(file.path)?.[1] }))
        .filter((s): s is { file: ZipEntry; number: string } => s.number !== undefined)
        .sort((a, b) => Number(a.number) - Number(b.number));
      for (const { file, number } of sheets)
        yield* self._parseWorksheet(utf8Text(file.stream()), number);
    } finally {
      // sheets left half-read (the header check) included
      for (const bytes of opened) bytes.destroy();
    }
  }
}
