import { createReadStream } from 'node:fs';
import type { Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { csvRows, type CsvRow } from '../shared/csv-rows';
import type { InboxFile } from '../shared/drop-inbox';
import { type RowOutcome, WholeFileProblem, assertCompleteTextFile } from '../shared/drop-pull';
import { excerptOf } from '../shared/record-validation';
import { mapSocialOrg } from './mapping';
import { SOCIAL_ORG_COLUMNS, snapshotInstant } from './streams';

/** What GB18030 decoding puts where bytes are invalid. */
const REPLACEMENT = '\uFFFD';

/**
 * Reads one `social_orgs_YYYYMMDD.csv` (GB18030, RFC 4180, CRLF) as a stream: bytes → iconv-lite
 * decoder → csv-parse, one row at a time, so memory stays flat whatever the file size. The file's
 * tail is checked first (a cut file is quarantined whole), then the header; each data row becomes a
 * record or a rejection with its line number.
 */
export async function* readSocialOrgFile(file: InboxFile): AsyncGenerator<RowOutcome> {
  await assertCompleteTextFile(file);
  const observedAt = snapshotInstant(file.name);
  if (!observedAt) throw new WholeFileProblem('unreadable-file', `${file.name} does not name a real snapshot date`);
  const bytes = createReadStream(file.path);
  const text = iconv.decodeStream('gb18030') as unknown as Transform;
  bytes.on('error', (error) => text.destroy(error));
  bytes.pipe(text);
  let header = true;
  try {
    for await (const row of csvRows(text)) {
      if (header) {
        checkHeader(row);
        header = false;
      } else {
        yield socialOrgOutcome(row, observedAt);
      }
    }
  } finally {
    bytes.destroy();
  }
}

function checkHeader(row: CsvRow): void {
  const found = 'fields' in row ? row.fields.map((f) => f.trim()) : [];
  if (found.length === SOCIAL_ORG_COLUMNS.length && found.every((f, i) => f === SOCIAL_ORG_COLUMNS[i])) return;
  throw new WholeFileProblem('wrong-header', `expected ${SOCIAL_ORG_COLUMNS.join(',')}`, '1', row.raw);
}

/** One data row: encoding and shape first (they make the cells meaningless), then the mapping. */
export function socialOrgOutcome(row: CsvRow, observedAt: string): RowOutcome {
  const position = String(row.line);
  if ('problem' in row) {
    // An opening quote that never closes swallows the rest of the file: the file cannot be read on.
    if (row.problem.startsWith('CSV_QUOTE_NOT_CLOSED')) throw new WholeFileProblem('unreadable-file', row.problem, position, row.raw);
    return { reason: 'malformed-row', detail: row.problem, position, excerpt: excerptOf(row.raw) };
  }
  const { fields } = row;
  const recordKey = fields[0] && !fields[0].includes(REPLACEMENT) ? fields[0].trim() || undefined : undefined;
  if (fields.some((f) => f.includes(REPLACEMENT))) {
    const columns = fields.flatMap((f, i) => (f.includes(REPLACEMENT) ? [SOCIAL_ORG_COLUMNS[i] ?? `column ${i + 1}`] : []));
    return { reason: 'invalid-encoding', detail: `bytes that are not GB18030 in ${columns.join(', ')}`, position, excerpt: excerptOf(row.raw), recordKey };
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
