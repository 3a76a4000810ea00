import { parse, type CsvError } from 'csv-parse';
import type { Readable } from 'node:stream';

/** One CSV record as read: its fields, or why csv-parse could not read it (bad quoting). */
export type CsvRow =
  | { line: number; fields: string[]; raw: string }
  | { line: number; code: string; problem: string; raw: string };

/**
 * Streams the rows of an RFC 4180 CSV (csv-parse), header included as the first row. Column counts
 * are not enforced (`relax_column_count`), so the caller quarantines one short row instead of
 * losing the file, and a stray quote inside a field is kept as text (`relax_quotes`). A row
 * csv-parse cannot read at all comes out as a `problem` row; the one such problem that swallows the
 * rest of the file is an unclosed quote (see {@link findUnclosedQuote}). A UTF-8 BOM is dropped;
 * blank lines are skipped; LF and CRLF both end a record. `line` is csv-parse's line count where
 * the row ends (the header is line 1).
 */
export async function* csvRows(input: Readable): AsyncGenerator<CsvRow> {
  const skipped: CsvRow[] = [];
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n'],
    info: true,
    raw: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      skipped.push({
        line: Number(error?.lines ?? 0),
        code: error?.code ?? 'CSV_ERROR',
        problem: error?.message ?? '',
        raw: raw ?? '',
      });
      return undefined;
    },
  });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const row of parser as AsyncIterable<{
      info: { lines: number };
      record: string[];
      raw: string;
    }>) {
      // csv-parse may run ahead of this loop: report the skipped rows that come before this one
      // first.
      while (skipped.length > 0 && skipped[0].line <= row.info.lines) yield skipped.shift()!;
      yield {
        line: row.info.lines,
        fields: row.record,
        raw: row.raw.replace(/^[\r\n]+|[\r\n]+$/g, ''),
      };
    }
    yield* skipped.splice(0);
  } finally {
    // The caller may stop early (a wrong header): release the file.
    input.unpipe(parser);
    input.destroy();
    parser.destroy();
  }
}

/** csv-parse's code for a quoted field still open at the end of the input. */
export const UNCLOSED_QUOTE = 'CSV_QUOTE_NOT_CLOSED';

/**
 * Reads a CSV once, to find an unclosed quote: csv-parse reports it only at the end, after
 * everything from the quote on was swallowed into one field. A file with one cannot be landed in
 * part without marking the swallowed rows absent, so callers quarantine it whole first.
 */
export async function findUnclosedQuote(
  input: Readable,
): Promise<{ line: number; raw: string } | null> {
  for await (const row of csvRows(input)) {
    if ('code' in row && row.code === UNCLOSED_QUOTE) return { line: row.line, raw: row.raw };
  }
  return null;
}
