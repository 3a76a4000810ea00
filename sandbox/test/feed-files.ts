import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';

/** Readers the tests use to look at generated files the way a connector would. */

export function readNdjson<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

/** Physical lines of a GB18030 CSV (CRLF), decoded. */
export function civilLines(path: string): string[] {
  const text = iconv.decode(readFileSync(path), 'gb18030');
  return text.split('\r\n').filter((l, i, all) => l.length > 0 || i < all.length - 1);
}

/** Parses one CSV line (RFC 4180) into fields. */
export function csvFields(line: string): string[] {
  return (parse(line, { relax_column_count: true }) as string[][])[0] ?? [];
}

export type CellValue = string | number | Date | null;

/**
 * Every sheet of a workbook as rows of plain cell values (1-based row numbers kept as index + 1).
 */
export async function readWorkbook(path: string): Promise<Map<string, CellValue[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets = new Map<string, CellValue[][]>();
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = (row.values as unknown[])
        .slice(1)
        .map((v) => (v === undefined ? null : (v as CellValue)));
      rows[n - 1] = values;
    });
    sheets.set(ws.name, rows);
  });
  return sheets;
}

export function feedPath(dir: string, ...parts: string[]): string {
  return join(dir, 'feeds', ...parts);
}
