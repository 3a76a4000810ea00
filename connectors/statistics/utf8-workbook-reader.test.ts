import ExcelJS from 'exceljs';
import { type TestInbox, createTestInbox } from '../shared/drop-test-inbox';
import { Utf8WorkbookReader } from './utf8-workbook-reader';

const ROWS = 5000;
const name = (i: number) => `陕西省西安市雁塔区第${i}号科技有限公司`;

describe('Utf8WorkbookReader', () => {
  let inbox: TestInbox;
  beforeEach(async () => {
    inbox = await createTestInbox('utf8-workbook');
  });
  afterEach(() => inbox.remove());

  // Plain exceljs 4.4.0 garbles a few dozen of these rows (a character split across zip chunks).
  it.each([['inline strings', false], ['shared strings', true]])('reads every Chinese cell whole, with %s', async (_, useSharedStrings) => {
    const path = inbox.file('book.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
    const sheet = writer.addWorksheet('西安市');
    for (let i = 0; i < ROWS; i++) sheet.addRow([name(i), `西安市雁塔区科技路${i}号`]).commit();
    sheet.commit();
    await writer.commit();

    const wrong: number[] = [];
    let rows = 0;
    for await (const worksheet of new Utf8WorkbookReader(path, { sharedStrings: 'cache' })) {
      expect((worksheet as unknown as { name: string }).name).toBe('西安市');
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        if (values[1] !== name(row.number - 1) || values[2] !== `西安市雁塔区科技路${row.number - 1}号`) wrong.push(row.number);
        rows++;
      }
    }
    expect(rows).toBe(ROWS);
    expect(wrong).toEqual([]);
  });
});
