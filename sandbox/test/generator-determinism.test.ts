import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeProvince, type ProvinceFixture } from './province-fixture';

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('generateProvince determinism', () => {
  const made: ProvinceFixture[] = [];
  afterAll(() => made.forEach((p) => p.cleanup()));

  test('same seed and options → byte-identical files; another seed → different', async () => {
    const a = await makeProvince(300, 99);
    const b = await makeProvince(300, 99);
    const c = await makeProvince(300, 100);
    made.push(a, b, c);
    const ha = hashes(a.dir);
    const hb = hashes(b.dir);
    expect([...ha.keys()].sort()).toEqual([...hb.keys()].sort());
    for (const [file, hash] of ha) expect(`${file} ${hb.get(file)}`).toBe(`${file} ${hash}`);
    expect(hashes(c.dir).get('feeds/market-regulation/enterprises.ndjson')).not.toBe(
      ha.get('feeds/market-regulation/enterprises.ndjson'),
    );
    expect(a.summary.files.sort()).toEqual([...ha.keys()].sort());
  });

  test('clean noise: no faults, no truncated files', async () => {
    const p = await makeProvince(200, 5, 'clean');
    made.push(p);
    expect(readFileSync(join(p.dir, 'faults.jsonl'), 'utf8')).toBe('');
    expect(p.summary.files.filter((f) => f.includes('Q2') || f.includes('1001'))).toEqual([]);
  });

  test('heavy noise adds an empty file and more faults', async () => {
    const p = await makeProvince(400, 5, 'heavy');
    made.push(p);
    expect(p.summary.faults['empty-file']).toBe(1);
    expect(Object.values(p.summary.faults).reduce((x, y) => x + y, 0)).toBeGreaterThan(20);
  });
});
