/**
 * Memory bench of the statistics connector: writes a workbook of N units (default 100,000) over
 * ten city sheets with exceljs's streaming writer into a temporary inbox and pulls it, reporting
 * peak RSS and heap. Shared strings are on, as Excel writes them (pass `inline` to write inline
 * strings, as the sandbox does). After `npm run build`:
 * `node --expose-gc dist/connectors/statistics/bench-memory.js [rows] [inline]`.
 */
import ExcelJS from 'exceljs';
import { runDropBench } from '../shared/drop-bench';
import { statisticsConnector } from '.';
import { UNIT_COLUMNS } from './streams';

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
];

function unit(i: number): Array<string | number> {
  const id = String(i).padStart(6, '0');
  return [
    i % 7 === 0 ? '' : `91610113MA${id}Y`,
    i % 7 === 0 ? `2${id.slice(0, 6)}1-X` : '',
    `陕西第${i}号科技有限公司`,
    i % 11 === 0 ? '产业活动单位' : '法人单位',
    i % 3 ? '6513' : 6510,
    String((i % 5) + 1),
    '10',
    i % 500,
    i * 3,
    `610113${String(i % 1000).padStart(3, '0')}001`,
    `西安市雁塔区科技路${i}号`,
    i % 4 === 0 ? '西安高新技术产业开发区' : '',
    '2026-09-30',
  ];
}

void runDropBench({
  connector: statisticsConnector,
  file: 'units_2026Q3.xlsx',
  async write(path) {
    const rows = Number(process.argv[2] ?? 100_000);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useSharedStrings: process.argv[3] !== 'inline',
    });
    const perSheet = Math.ceil(rows / CITIES.length);
    for (const [s, city] of CITIES.entries()) {
      const sheet = workbook.addWorksheet(city);
      sheet.addRow(['2026年第3季度基本单位名录']).commit();
      sheet.addRow([...UNIT_COLUMNS]).commit();
      for (let i = s * perSheet; i < Math.min(rows, (s + 1) * perSheet); i++)
        sheet.addRow(unit(i)).commit();
      sheet.commit();
    }
    await workbook.commit();
  },
});
