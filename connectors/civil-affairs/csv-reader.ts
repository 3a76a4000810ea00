import { createReadStream } from 'node:fs';
import type { Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { UNCLOSED_QUOTE, csvRows, findUnclosedQuote, type CsvRow } from '../shared/csv-rows';
import { type InboxFile, fileDateInstant } from '../shared/drop-inbox';
import { type RowOutcome, WholeFileProblem, assertCompleteTextFile } from '../shared/drop-pull';
import { excerptOf } from '../shared/record-validation';
import { mapSocialOrg } from './mapping';
import { SOCIAL_ORGS_FILE, SOCIAL_ORG_COLUMNS } from './streams';

/** What GB18030 decoding puts where bytes are invalid. */
const REPLACEMENT = '\uFFFD';

/** The file's text: bytes → iconv-lite GB18030 decoder, streamed. */
function decodedText(file: InboxFile): Transform {
  const bytes = createReadStream(file.path);
  const text = iconv.decodeStream('gb18030') as unknown as Transform;
  bytes.on('error', (error) => text.destroy(error));
  text.on('close', () => bytes.destroy());
  return bytes.pipe(text);
}

/**
 * Whether the file holds an even number of `"` bytes. RFC 4180 quotes come in pairs (open/close, or
 * `""` inside a field), so only an odd count calls for the full scan for an unclosed quote; in
 * GB18030 the byte 0x22 is never part of a multi-byte character, so bytes can be counted as they
 * are. (A stray quote kept as text inside an unquoted field could pair with an unclosed one; the
 * row reader then still stops there — `unreadable-file` where reached, the snapshot never
 * completed.)
 */
async function quotesPaired(file: InboxFile): Promise<boolean> {
  let quotes = 0;
  for await (const chunk of createReadStream(file.path) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(0x22); at >= 0; at = chunk.indexOf(0x22, at + 1)) quotes++;
  }
  return quotes % 2 === 0;
}

/**
 * Reads one `social_orgs_YYYYMMDD.csv` (GB18030, RFC 4180, CRLF) as a stream: bytes → iconv-lite
 * decoder → csv-parse, one row at a time, so memory stays flat whatever the file size. Before any
 * row is given out, the tail is checked (a cut file) and, when its quotes do not pair up, the file
 * is scanned for a quote that never closes (it would swallow every row after it, and a snapshot
 * must not land in part); then the header is checked, and each data row becomes a record or a
 * rejection with its line number.
 */
export async function* readSocialOrgFile(file: InboxFile): AsyncGenerator<RowOutcome> {
  await assertCompleteTextFile(file);
  const observedAt = fileDateInstant(file.name, SOCIAL_ORGS_FILE);
  if (!observedAt)
    throw new WholeFileProblem(
      'unreadable-file',
      `${file.name} does not name a real snapshot date`,
    );
  const unclosed = (await quotesPaired(file)) ? null : await findUnclosedQuote(decodedText(file));
  if (unclosed)
    throw new WholeFileProblem(
      'unreadable-file',
      `a quote opened by line ${unclosed.line} never closes`,
      null,
      unclosed.raw,
    );
  let header = true;
  for await (const row of csvRows(decodedText(file))) {
    if (header) {
      checkHeader(row);
      header = false;
    } else {
      yield socialOrgOutcome(row, observedAt);
    }
  }
}

function checkHeader(row: CsvRow): void {
  const found = 'fields' in row ? row.fields.map((f) => f.trim()) : [];
  if (
    found.length === SOCIAL_ORG_COLUMNS.length &&
    found.every((f, i) => f === SOCIAL_ORG_COLUMNS[i])
  )
    return;
  throw new WholeFileProblem(
    'wrong-header',
    `expected ${SOCIAL_ORG_COLUMNS.join(',')}`,
    '1',
    row.raw,
  );
}

/** One data row: encoding and shape first (they make the cells meaningless), then the mapping. */
export function socialOrgOutcome(row: CsvRow, observedAt: string): RowOutcome {
  const position = String(row.line);
  if ('problem' in row) {
    // Found by the scan before reading; kept for safety: it must never end a snapshot as complete.
    if (row.code === UNCLOSED_QUOTE)
      throw new WholeFileProblem('unreadable-file', row.problem, position, row.raw);
    return {
      reason: 'malformed-row',
      detail: `${row.code}: ${row.problem}`,
      position,
      excerpt: excerptOf(row.raw),
    };
  }
  const { fields } = row;
  const recordKey =
    fields[0] && !fields[0].includes(REPLACEMENT) ? fields[0].trim() || undefined : undefined;
  if (fields.some((f) => f.includes(REPLACEMENT))) {
    const columns = fields.flatMap((f, i) =>
      f.includes(REPLACEMENT) ? [SOCIAL_ORG_COLUMNS[i] ?? `column ${i + 1}`] : [],
    );
    return {
      reason: 'invalid-encoding',
      detail: `bytes that are not GB18030 in ${columns.join(', ')}`,
      position,
      excerpt: excerptOf(row.raw),
      recordKey,
    };
  }
  if (fields.length !== SOCIAL_ORG_COLUMNS.length) {
    return {
      reason: 'wrong-column-count',
      detail: `expected ${SOCIAL_ORG_COLUMNS.length} columns, got ${fields.length}`,
      position,
      excerpt: excerptOf(row.raw),
      recordKey,
    };
  }
  const record = Object.fromEntries(SOCIAL_ORG_COLUMNS.map((column, i) => [column, fields[i]]));
  return mapSocialOrg(record, position, observedAt);
}
