/**
 * Memory bench of the federation connector: writes an NDJSON snapshot of N members (default
 * 200,000) into a temporary inbox and pulls it, reporting peak RSS and heap. After `npm run build`:
 * `node --expose-gc dist/connectors/federation/bench-memory.js [rows]`.
 */
import { createWriteStream } from 'node:fs';
import { endStream, runDropBench, writeChunk } from '../shared/drop-bench';
import { federationConnector } from '.';

function member(i: number): string {
  return JSON.stringify({
    member_id: `M${String(i).padStart(7, '0')}`,
    name: i % 9 === 0 ? `会员${i}` : `西安市第${i}号科技有限公司`,
    uscc: i % 5 === 0 ? '' : `91610113MA6U${String(i).padStart(5, '0')}X`,
    member_kind: i % 9 === 0 ? '个人会员' : i % 50 === 0 ? '团体会员' : '企业会员',
    chambers: [{ name: '陕西省浙江商会', uscc: '51610000MJ0000026C', role: '会员' }],
    division_code: '610113',
    legal_rep: `法人${i % 997}`,
    employees_reported: i % 400,
    updated: '2026-10-01',
  });
}

void runDropBench({
  connector: federationConnector,
  file: 'members_20261101.ndjson',
  async write(path) {
    const rows = Number(process.argv[2] ?? 200_000);
    const out = createWriteStream(path);
    for (let i = 0; i < rows; i += 1000) {
      await writeChunk(
        out,
        Array.from({ length: Math.min(1000, rows - i) }, (_, k) => `${member(i + k)}\n`).join(''),
      );
    }
    await endStream(out);
  },
});
