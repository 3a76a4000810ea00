import ExcelJS from 'exceljs';
import { parseCalendarDate } from '../../src/canonical/dates';
import type { InboxFile } from '../shared/drop-inbox';
import { type RowOutcome, WholeFileProblem, readBytes } from '../shared/drop-pull';
import { excerptOf } from '../shared/record-validation';
import { mapUnit } from './mapping';
import { WorkbookStreamReader } from './workbook-stream-reader';
import { type CellValue, FIRST_DATA_ROW, UNIT_COLUMNS, quarterEnd } from './streams';

/** One worksheet row: its sheet, its number, and its cells from column 1 on. */
interface SheetRow {
  sheet: string;
  number: number;
  cells: CellValue[];
}

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** The end-of-directory record sits in the last 22 bytes plus at most a 64 KiB comment. */
const ZIP_TAIL = 22 + 0xffff;

/**
 * Reads one `units_YYYYQn.xlsx` with exceljs's streaming reader (through the zip's central
 * directory, see {@link WorkbookStreamReader}), row by row, so memory does not grow with the number
 * of rows (only with the workbook's shared-string table, which exceljs keeps to resolve cells).
 * Before any row is given out the file must be a whole zip (its head and end-of-directory
 * signatures; a cut copy lacks the latter) and every sheet's row 2 must be the documented header —
 * one wrong sheet quarantines the whole workbook.
 */
export async function* readUnitWorkbook(file: InboxFile): AsyncGenerator<RowOutcome> {
  await assertWholeZip(file);
  const observedAt = quarterEnd(file.name);
  if (!observedAt)
    throw new WholeFileProblem('unreadable-file', `${file.name} does not name a report quarter`);
  await checkHeaders(file);
  for await (const row of sheetRows(file)) {
    if (row.number < FIRST_DATA_ROW || row.cells.every(isBlank)) continue;
    yield unitOutcome(row, observedAt);
  }
}

/**
 * One data row: its width first (cells beyond the last column mean a shifted row), then the
 * mapping.
 */
export function unitOutcome(row: SheetRow, observedAt: string): RowOutcome {
  const position = `${row.sheet}!${row.number}`;
  const extra = row.cells.slice(UNIT_COLUMNS.length).filter((cell) => !isBlank(cell)).length;
  if (extra > 0) {
    return {
      reason: 'wrong-column-count',
      detail: `expected ${UNIT_COLUMNS.length} columns, got ${extra} more filled`,
      position,
      excerpt: excerptOf(row.cells),
      recordKey: typeof row.cells[0] === 'string' ? row.cells[0].trim() || undefined : undefined,
    };
  }
  const record = Object.fromEntries(
    UNIT_COLUMNS.map((column, i) => [column, row.cells[i] ?? null]),
  );
  return mapUnit(record, position, observedAt);
}

async function assertWholeZip(file: InboxFile): Promise<void> {
  if (file.size === 0) throw new WholeFileProblem('empty-file', 'the file is empty (0 bytes)');
  const head = await readBytes(file.path, 0, ZIP_LOCAL_HEADER.length);
  if (!head.equals(ZIP_LOCAL_HEADER))
    throw new WholeFileProblem(
      'unreadable-file',
      'not an xlsx workbook (no zip signature at the start)',
    );
  const tail = await readBytes(
    file.path,
    Math.max(0, file.size - ZIP_TAIL),
    Math.min(file.size, ZIP_TAIL),
  );
  if (tail.lastIndexOf(ZIP_END_OF_DIRECTORY) < 0) {
    throw new WholeFileProblem(
      'truncated-file',
      `the zip directory at the end is missing: the workbook was cut short (${file.size} bytes)`,
    );
  }
}

/** Reads only the first two rows of each sheet; the rest of each sheet is left unread. */
async function checkHeaders(file: InboxFile): Promise<void> {
  for await (const sheet of worksheets(file)) {
    for await (const row of sheet.rows) {
      const found = row.cells.map((cell) => (cell === null ? '' : String(cell).trim()));
      while (found.length > 0 && found.at(-1) === '') found.pop();
      const header = row.number === FIRST_DATA_ROW - 1;
      if (
        header &&
        found.length === UNIT_COLUMNS.length &&
        found.every((cell, i) => cell === UNIT_COLUMNS[i])
      )
        break;
      if (row.number >= FIRST_DATA_ROW - 1) {
        throw new WholeFileProblem(
          'wrong-header',
          `sheet ${sheet.name} row ${FIRST_DATA_ROW - 1} is not ${UNIT_COLUMNS.join(' | ')}`,
          `${sheet.name}!${row.number}`,
          excerptOf(found),
        );
      }
    }
  }
}

async function* sheetRows(file: InboxFile): AsyncGenerator<SheetRow> {
  for await (const sheet of worksheets(file)) yield* sheet.rows;
}

/**
 * The workbook's sheets, each with its rows. Whatever exceljs cannot read (a corrupt entry, broken
 * XML) becomes `unreadable-file` at the place it was reached.
 */
async function* worksheets(
  file: InboxFile,
): AsyncGenerator<{ name: string; rows: AsyncGenerator<SheetRow> }> {
  const reader = new WorkbookStreamReader(file.path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      yield { name, rows: rowsOf(sheet, name) };
    }
  } catch (error) {
    throw unreadable(error, 'the workbook', null);
  }
}

async function* rowsOf(
  sheet: ExcelJS.stream.xlsx.WorksheetReader,
  name: string,
): AsyncGenerator<SheetRow> {
  let number = 0;
  try {
    for await (const row of sheet) {
      number = row.number;
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      yield { sheet: name, number, cells: Array.from(values, cellValue) };
    }
  } catch (error) {
    throw unreadable(error, `sheet ${name}`, number > 0 ? `${name}!${number}` : null);
  }
}

function unreadable(error: unknown, where: string, position: string | null): Error {
  if (error instanceof WholeFileProblem || (error as Error).name === 'AbortError')
    return error as Error;
  return new WholeFileProblem(
    'unreadable-file',
    `exceljs cannot read ${where}: ${(error as Error).message}`,
    position,
  );
}

/** An exceljs cell as a JSON value: rich text and formulas resolved, dates as `YYYY-MM-DD`. */
export function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return parseCalendarDate(value);
  if (typeof value !== 'object')
    return typeof value === 'string' && value.trim() === '' ? null : value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return null;
  const result = 'result' in value ? value.result : undefined;
  return result === undefined || (typeof result === 'object' && !(result instanceof Date))
    ? null
    : cellValue(result);
}

function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}
