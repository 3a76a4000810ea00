import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProvince, type GenerationSummary } from '../generator';

/** A small generated province in a temp dir, shared by the tests of one file. */
export interface ProvinceFixture {
  dir: string;
  summary: GenerationSummary;
  cleanup(): void;
}

/** Generates `orgs` organizations (default 300, seed 7) into a fresh temp dir. */
export async function makeProvince(
  orgs = 300,
  seed = 7,
  noise: 'default' | 'clean' | 'heavy' = 'default',
): Promise<ProvinceFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-province-'));
  const summary = await generateProvince({ orgs, seed, outDir: dir, noise });
  return { dir, summary, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
