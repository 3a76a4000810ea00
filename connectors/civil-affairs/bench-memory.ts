/**
 * Memory bench of the civil-affairs connector: writes a GB18030 snapshot of N rows (default
 * 200,000) into a temporary inbox and pulls it, reporting peak RSS and heap. After `npm run build`:
 * `node --expose-gc dist/connectors/civil-affairs/bench-memory.js [rows]`.
 */
import { createWriteStream } from 'node:fs';
import iconv from 'iconv-lite';
import { endStream, runDropBench, writeChunk } from '../shared/drop-bench';
import { civilAffairsConnector } from '.';
import { SOCIAL_ORG_COLUMNS } from './streams';

const TYPES = ['社会团体', '民办非企业单位', '社会服务机构', '基金会'];

function row(i: number): string {
  const id = String(i).padStart(8, '0');
  return [
    `5261010${id}X`,
    `西安市第${i}号社会服务中心`,
    TYPES[i % 4],
    i % 10 === 0 ? '陕西省民政厅' : '碑林区民政局',
    '西安市民政局',
    `法人${i % 997}`,
    i % 2 ? `2015年${(i % 12) + 1}月${(i % 28) + 1}日` : `2016/${(i % 12) + 1}/${(i % 28) + 1}`,
    `西安市碑林区南大街${i}号`,
    '610103',
    '"开展社会服务，提供咨询；组织""公益""活动"',
    '社会服务',
    String(i % 300),
    '正常',
  ].join(',');
}

void runDropBench({
  connector: civilAffairsConnector,
  file: 'social_orgs_20261101.csv',
  async write(path) {
    const rows = Number(process.argv[2] ?? 200_000);
    const out = createWriteStream(path);
    await writeChunk(out, iconv.encode(`${SOCIAL_ORG_COLUMNS.join(',')}\r\n`, 'gb18030'));
    for (let i = 0; i < rows; i += 1000) {
      const lines = Array.from(
        { length: Math.min(1000, rows - i) },
        (_, k) => `${row(i + k)}\r\n`,
      ).join('');
      await writeChunk(out, iconv.encode(lines, 'gb18030'));
    }
    await endStream(out);
  },
});
