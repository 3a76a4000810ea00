import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { print, type DocumentNode } from 'graphql';
import { Client } from 'pg';
import { projectRoot } from '../src/config/project-root';
import { generateProvince } from '../sandbox/generator';
import { migrateDatabase, openDatabase } from '../src/storage/database';

/** Reuses a generated province when its manifest says it is the same size and seed. */
export async function ensureProvince(dir: string, orgs: number, seed: number): Promise<void> {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as {
      options?: { orgs: number; seed: number };
      orgs?: number;
      seed?: number;
    };
    if ((m.options?.orgs ?? m.orgs) === orgs && (m.options?.seed ?? m.seed) === seed) return;
  }
  const started = Date.now();
  await generateProvince({
    orgs,
    seed,
    outDir: dir,
    onProgress: (done, total) => {
      if (done % 100_000 === 0 || done === total)
        process.stderr.write(`  generated ${done}/${total}\n`);
    },
  });
  process.stderr.write(
    `generated ${orgs} organizations in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

/** The sandbox registries in a process of their own, so the hub's memory is measured alone. */
export async function startSandboxProcess(
  dataDir: string,
): Promise<{ url: string; token: string; inboxes: Record<string, string>; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(projectRoot(), 'dist', 'bin', 'hub.js'), 'sandbox', '--data', dataDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  const lines = createInterface({ input: child.stdout! });
  const inboxes: Record<string, string> = {};
  let url = '';
  let token = '';
  for await (const line of lines) {
    const head = /^sandbox registries at (\S+) \(token: (\S+)\)/.exec(line);
    if (head) [url, token] = [head[1], head[2]];
    const inbox = /^export HUB_FEED_(\w+)_INBOX=(\S+)/.exec(line);
    if (inbox) inboxes[inbox[1].toLowerCase().replace(/_/g, '-')] = inbox[2];
    if (line.includes('FEDERATION_INBOX')) break;
  }
  return { url, token, inboxes, child };
}

/** The PostgreSQL server the benchmarks use: `BENCH_DATABASE_URL`, else the local one. */
export function benchServerUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** The database a bench run of this province lands in (and the later benchmarks read). */
export function benchDatabaseName(orgs: number, seed: number): string {
  return `hub_bench_${orgs}_${seed}`;
}

/** URL of a database of the benchmark's server. */
export function benchDatabaseUrl(name: string): string {
  const url = new URL(benchServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, migrated database on the benchmark's PostgreSQL server. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new Client({ connectionString: benchServerUrl() });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = benchDatabaseUrl(name);
  await migrateBenchDatabase(url);
  return url;
}

/** Applies the migrations a database of an earlier run may lack. */
export async function migrateBenchDatabase(url: string): Promise<void> {
  const orm = await openDatabase(url);
  try {
    await migrateDatabase(orm, url);
  } finally {
    await orm.close();
  }
}

/** The number after `--name` on the command line, or `fallback` when the flag is absent. */
export function numericArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** Samples this process's RSS every 100 ms and keeps the peak of each stage it is told about. */
export class StagePeaks {
  private readonly peaks = new Map<string, number>();
  private stage = 'start';
  private readonly timer = setInterval(() => this.sample(), 100).unref();

  /** From now on, samples count for `stage`. */
  enter(stage: string): void {
    this.sample();
    this.stage = stage;
  }

  /** `stage peak MB` pairs, in the order the stages came. */
  report(): string {
    this.sample();
    clearInterval(this.timer);
    return [...this.peaks].map(([stage, mb]) => `${stage} ${mb} MB`).join(', ');
  }

  private sample(): void {
    const mb = Math.round(process.memoryUsage.rss() / 2 ** 20);
    this.peaks.set(this.stage, Math.max(this.peaks.get(this.stage) ?? 0, mb));
  }
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * The text of one of the dashboard's operations, as GraphQL Code Generator wrote it into
 * `dashboard/src/gql/graphql.ts` (`npm run build` generates it): the bench sends exactly what the
 * page sends.
 */
export function dashboardOperation(name: string): string {
  const generated = readFileSync(
    join(projectRoot(), 'dashboard', 'src', 'gql', 'graphql.ts'),
    'utf8',
  );
  const line = generated.split('\n').find((l) => l.startsWith(`export const ${name}Document = `));
  const json = line?.slice(`export const ${name}Document = `.length).split(' as unknown as ')[0];
  if (!json)
    throw new Error(`no ${name}Document in dashboard/src/gql/graphql.ts: run npm run build`);
  return print(JSON.parse(json) as DocumentNode);
}
