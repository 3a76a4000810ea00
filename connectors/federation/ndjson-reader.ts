import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type InboxFile, fileDateInstant } from '../shared/drop-inbox';
import { type RowOutcome, WholeFileProblem, assertCompleteTextFile } from '../shared/drop-pull';
import { excerptOf } from '../shared/record-validation';
import { mapMember } from './mapping';
import { MEMBERS_FILE } from './streams';

/** What UTF-8 decoding puts where bytes are invalid. */
const REPLACEMENT = '\uFFFD';

/**
 * Reads one `members_YYYYMMDD.ndjson` (UTF-8, one JSON object per line) line by line with
 * node:readline, so memory stays flat whatever the file size. The tail is checked first (a file cut
 * mid-line is quarantined whole); blank lines are ignored; positions are 1-based line numbers.
 */
export async function* readMemberFile(file: InboxFile): AsyncGenerator<RowOutcome> {
  await assertCompleteTextFile(file);
  const snapshotInstant = fileDateInstant(file.name, MEMBERS_FILE);
  if (!snapshotInstant)
    throw new WholeFileProblem(
      'unreadable-file',
      `${file.name} does not name a real snapshot date`,
    );
  const input = createReadStream(file.path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      const text = number === 1 ? line.replace(/^\uFEFF/, '') : line;
      if (text.trim() !== '') yield memberOutcome(text, String(number), snapshotInstant);
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

/** One line: its bytes and its JSON first (they make the fields meaningless), then the mapping. */
export function memberOutcome(text: string, position: string, snapshotInstant: string): RowOutcome {
  const recordKey = /"member_id"\s*:\s*"([^"\\]+)"/.exec(text)?.[1];
  if (text.includes(REPLACEMENT)) {
    return {
      reason: 'invalid-encoding',
      detail: 'bytes that are not UTF-8',
      position,
      excerpt: excerptOf(text),
      recordKey,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      reason: 'invalid-json',
      detail: (error as Error).message,
      position,
      excerpt: excerptOf(text),
      recordKey,
    };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      reason: 'invalid-json',
      detail: 'the line is not a JSON object',
      position,
      excerpt: excerptOf(text),
      recordKey,
    };
  }
  return mapMember(raw, position, snapshotInstant);
}
