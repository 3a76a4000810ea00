import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportColumn, ExportRow } from './export-columns';

/**
 * Streams rows as one XLSX worksheet with exceljs's streaming writer: each row is committed
 * (written out) as it arrives, shared strings are off (that table would grow with the data), and
 * when the client reads slower than rows arrive the loop waits for it to drain, so memory stays
 * flat. Returns early, without finishing the file, when the client goes away.
 */
export async function streamXlsx(
  out: Writable,
  sheetName: string,
  columns: ExportColumn[],
  rows: AsyncIterable<ExportRow>,
): Promise<void> {
  const gone = new Promise<void>((resolve) => out.once('close', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for await (const row of rows) {
    if (out.destroyed) return; // leaving the loop closes the row source
    sheet.addRow(row).commit();
    if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), gone]);
  }
  if (out.destroyed) return;
  sheet.commit();
  await Promise.race([workbook.commit(), gone]);
}
