import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

/** The parts of exceljs 4.4.0's streaming reader this class hooks into (not in its typings). */
interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
}

const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

/** Decodes UTF-8 chunks into text without splitting a character across two chunks. */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs's streaming WorkbookReader with whole characters. exceljs 4.4.0 decodes every zip chunk
 * of a sheet or of the shared-string table on its own (`parse-sax.js`), so a Chinese character
 * that straddles two chunks turns into U+FFFD — a few per thousand rows of Chinese text, silently
 * (exceljs issues #2063, #2084, #2316; fixes still unmerged). Its SAX step passes text through
 * untouched, so handing it text decoded by a streaming decoder avoids the fault: sheets through a
 * StringDecoder, the shared strings by setting the entry's encoding (the #2084 workaround).
 */
export class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown> {
    return base._parseWorksheet.call(this, utf8Text(iterator), sheetNo);
  }

  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    entry.setEncoding('utf8');
    return base._parseSharedStrings.call(this, entry);
  }
}
