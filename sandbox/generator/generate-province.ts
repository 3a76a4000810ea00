import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mixSeed, Rng } from './rng';
import { resolveNoise } from './noise-profile';
import { CHUNK_SIZE, DEFAULT_NOW, type GenerateOptions, type GenerationSummary } from './options';
import { buildAreas, areasByCounty } from './world/areas';
import { cstDateTime } from './world/dates';
import { buildChambers, chamberCount } from './truth/chambers';
import { buildOrganization, type World } from './truth/build-organization';
import type { TrueOrg } from './truth/organization';
import { emptyView } from './truth/org-view';
import { evaluate } from './truth/evaluate';
import { ExpectedAccumulator } from './truth/expected-accumulator';
import { LineSink } from './output/line-sink';
import { FaultLog } from './output/fault-log';
import { TruthLog } from './output/truth-log';
import type { Chunk, FeedShared, FeedWriter } from './feeds/feed-context';
import { createFeedWriters } from './feeds/feed-writers';
import { planCoverage } from './truth/coverage-planner';

/**
 * Generates a ground-truth Shaanxi province and the seven department feeds describing it,
 * plus truth.jsonl, expected.json, faults.jsonl and manifest.json, streaming everything to
 * `outDir` chunk by chunk (constant memory). Same seed and options → byte-identical output.
 */
export async function generateProvince(options: GenerateOptions): Promise<GenerationSummary> {
  const started = Date.now();
  if (!Number.isInteger(options.orgs) || options.orgs < 1)
    throw new Error(`orgs must be a positive integer, got ${options.orgs}`);
  if (!Number.isInteger(options.seed))
    throw new Error(`seed must be an integer, got ${options.seed}`);
  const noise = resolveNoise(options.noise);
  const nowMs = (options.now ?? DEFAULT_NOW).getTime();
  const outDir = options.outDir;
  const feedsDir = join(outDir, 'feeds');
  const tmpDir = join(outDir, '.tmp');
  rmSync(feedsDir, { recursive: true, force: true });
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });

  const root = new Rng(options.seed);
  const prelude = root.fork(1);
  const salt = mixSeed(options.seed, 0x5eed) >>> 0;
  const areas = buildAreas(prelude);
  const chambers = buildChambers(chamberCount(options.orgs), prelude, nowMs, salt);
  const world: World = { noise, nowMs, salt, areasByCounty: areasByCounty(areas), chambers };

  const truthSink = new LineSink(join(outDir, 'truth.jsonl'));
  const faultSink = new LineSink(join(outDir, 'faults.jsonl'));
  const shared: FeedShared = {
    outDir,
    feedsDir,
    noise,
    nowMs,
    truth: new TruthLog(truthSink),
    faults: new FaultLog(faultSink),
  };
  const writers: FeedWriter[] = createFeedWriters(shared, root.fork(2), world, tmpDir);
  const expected = new ExpectedAccumulator(tmpDir);

  const chunks = Math.ceil(options.orgs / CHUNK_SIZE);
  for (let no = 0; no < chunks; no++) {
    const rng = new Rng(mixSeed(options.seed, no + 1000));
    const start = no * CHUNK_SIZE;
    const end = Math.min(options.orgs, start + CHUNK_SIZE);
    const orgs: TrueOrg[] = [];
    for (let i = start; i < end; i++) {
      const pinnedSlot = i - chambers.length;
      orgs.push(
        i < chambers.length
          ? chambers[i]
          : buildOrganization(i, rng, world, orgs, pinnedSlot >= 0 ? pinnedSlot : undefined),
      );
    }
    const plan = planCoverage(no, orgs, rng.fork(7), world);
    const chunk: Chunk = {
      no,
      orgs,
      plan,
      views: new Map(orgs.map((o) => [o.index, emptyView()])),
      rng: rng.fork(11),
      faulted: new Set(),
    };
    for (const w of writers) w.writeChunk(chunk);
    for (const org of orgs)
      expected.add(org.id, evaluate(org, chunk.views.get(org.index) ?? emptyView()));
    await Promise.all([
      ...writers.map((w) => w.flush()),
      truthSink.flush(),
      faultSink.flush(),
      expected.flush(),
    ]);
    options.onProgress?.(end, options.orgs);
  }

  const files: string[] = [];
  for (const w of writers) files.push(...(await w.close()));
  await truthSink.close();
  await faultSink.close();
  const counts: Record<string, number> = Object.assign({}, ...writers.map((w) => w.counts()));
  const meta = { seed: options.seed, orgs: options.orgs, now: cstDateTime(nowMs) };
  await expected.write(join(outDir, 'expected.json'), meta);
  rmSync(tmpDir, { recursive: true, force: true });
  files.push('truth.jsonl', 'faults.jsonl', 'expected.json', 'manifest.json');

  const manifest = {
    generator: 'sandbox/generator',
    version: 1,
    ...meta,
    noise,
    chunkSize: CHUNK_SIZE,
    chambers: chambers.length,
    areas: areas.length,
    counts,
    faults: shared.faults.counts,
    truthLines: shared.truth.lines,
    files,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return {
    outDir,
    orgs: options.orgs,
    seed: options.seed,
    now: meta.now,
    files,
    counts,
    faults: { ...shared.faults.counts },
    truthLines: shared.truth.lines,
    expected: expected.totals,
    durationMs: Date.now() - started,
  };
}
