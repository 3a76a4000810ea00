import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProvince, type GenerationSummary } from '../../sandbox/generator';
import { startSandboxRegistries, type SandboxRegistries } from '../../sandbox/registries';

export interface SandboxProvince {
  dir: string;
  summary: GenerationSummary;
  registries: SandboxRegistries;
  /** The generator's record of the faults it injected (into one feed, or all). */
  faults(feed?: string): Array<{ feed: string; reason: string; key?: string; line?: number }>;
  /** Lines of one generated feed file. */
  ndjson<T>(relative: string): T[];
  close(): Promise<void>;
}

/**
 * Generates a small province in a temp folder and serves it (real HTTP on 127.0.0.1, real files).
 */
export async function startSandboxProvince(
  orgs: number,
  seed: number,
  noise: 'default' | 'clean' = 'default',
): Promise<SandboxProvince> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-province-'));
  const summary = await generateProvince({ orgs, seed, outDir: dir, noise });
  const registries = await startSandboxRegistries({ dataDir: dir, port: 0 });
  return {
    dir,
    summary,
    registries,
    faults: (feed) =>
      readFileSync(join(dir, 'faults.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(
          (line) =>
            JSON.parse(line) as { feed: string; reason: string; key?: string; line?: number },
        )
        .filter((fault) => feed === undefined || fault.feed === feed),
    ndjson: <T>(relative: string) =>
      readFileSync(join(dir, relative), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as T),
    close: async () => {
      await registries.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
