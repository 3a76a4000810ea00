import { readdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { type TestInbox, createTestInbox } from '../shared/drop-test-inbox';
import { WorkbookStreamReader } from './workbook-stream-reader';

const CITIES = [
  '西安市',
  '铜川市',
  '宝鸡市',
  '咸阳市',
  '渭南市',
  '延安市',
  '汉中市',
  '榆林市',
  '安康市',
  '商洛市',
  '杨凌示范区',
];
const name = (i: number) => `陕西省西安市雁塔区第${i}号科技有限公司`;

/**
 * A workbook as exceljs's streaming writer (and the sandbox) lays it out: sheets first,
 * workbook.xml last.
 */
async function writeBook(
  path: string,
  rowsPerSheet: number,
  useSharedStrings: boolean,
): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
  for (const city of CITIES) {
    const sheet = writer.addWorksheet(city);
    for (let i = 0; i < rowsPerSheet; i++) sheet.addRow([name(i), `${city}科技路${i}号`]).commit();
    sheet.commit();
  }
  await writer.commit();
}

async function readBook(
  path: string,
  firstRowOnly = false,
): Promise<{ sheets: string[]; rows: number; garbled: number }> {
  const result = { sheets: [] as string[], rows: 0, garbled: 0 };
  for await (const sheet of new WorkbookStreamReader(path, { sharedStrings: 'cache' })) {
    const city = (sheet as unknown as { name: string }).name;
    result.sheets.push(city);
    for await (const row of sheet) {
      const values = row.values as unknown[];
      if (values[1] !== name(row.number - 1) || values[2] !== `${city}科技路${row.number - 1}号`)
        result.garbled++;
      result.rows++;
      if (firstRowOnly) break;
    }
  }
  return result;
}

describe('WorkbookStreamReader', () => {
  let inbox: TestInbox;
  beforeEach(async () => {
    inbox = await createTestInbox('workbook-stream');
  });
  afterEach(() => inbox.remove());

  // Plain exceljs 4.4.0 loses the last sheets, names them Sheet1…, or throws on most of these reads
  // (#3064).
  it('reads every sheet, by its name, every time', async () => {
    await writeBook(inbox.file('book.xlsx'), 20, false);
    for (let read = 0; read < 10; read++) {
      expect(await readBook(inbox.file('book.xlsx'))).toEqual({
        sheets: CITIES,
        rows: 20 * CITIES.length,
        garbled: 0,
      });
    }
  });

  // Plain exceljs 4.4.0 garbles a few dozen of these cells (a character split across zip chunks).
  it.each([
    ['inline strings', false],
    ['shared strings', true],
  ])('reads every Chinese cell whole, with %s', async (_, shared) => {
    await writeBook(inbox.file('book.xlsx'), 500, shared);
    expect(await readBook(inbox.file('book.xlsx'))).toEqual({
      sheets: CITIES,
      rows: 500 * CITIES.length,
      garbled: 0,
    });
  });

  it('closes every file handle, also when sheets are left half-read', async () => {
    await writeBook(inbox.file('book.xlsx'), 500, false);
    const before = readdirSync('/proc/self/fd').length;
    expect((await readBook(inbox.file('book.xlsx'), true)).rows).toBe(CITIES.length);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync('/proc/self/fd').length).toBeLessThanOrEqual(before);
  });
});
