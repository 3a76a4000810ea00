/**
 * `npm run bench:resolve -- --orgs 100000 --seed 1 [--estimate] [--resume | --delta | --resync |
 * --one-at-a-time [order]] [--no-quality] [--floor]`: generates (or reuses) a province, serves it from the
 * sandbox in a child process, pulls all seven feeds into a fresh database, resolves and evaluates
 * coverage with the workers' own stage processors (with `--estimate`, after fitting the matching
 * model to the landed records by EM), then measures quality against truth.jsonl beside the
 * exact-USCC baseline, and an incremental 1% delta. With `--resume`, reuses the database of an
 * earlier run whose landing completed and goes on from resolution; with `--delta`, measures one
 * more 1% delta on the graph an earlier run left; with `--resync`, a full re-pull of all seven
 * feeds into it (nothing changed: every record is only seen again). With `--no-quality` the run
 * is a worker's: relaunched under HUB_WORKER_HEAP_MB and HUB_WORKER_SEMI_SPACE_MB as `hub worker`
 * is, so its peak RSS is the worker's. With `--floor`, ends with `bench:floor`'s measure on the
 * database it left and the end-to-end time as a multiple of it. Prints figures; asserts nothing
 * (targets are read by people).
 */
import 'reflect-metadata';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Pool } from 'pg';
import { applyDelta, deltaFiles, removeDeltas } from '../sandbox/registries/apply-delta';
import { SOURCE_IDS, type SourceId } from '../src/model/feeds';
import { loadHubConfig, type FeedConfig } from '../src/config/hub-config';
import { enqueueForResolution } from '../src/landing/resolution-queue';
import { estimateMatchModel } from '../src/resolution/model-estimation';
import { pairwiseQuality } from '../src/resolution/pairwise-quality';
import { HUB_POOL_SIZE, openSqlPool } from '../src/storage/sql-pool';
import { runCoverageStage } from '../jobs/processors/coverage-processor';
import { runPull } from '../jobs/processors/pull-processor';
import { runResolve } from '../jobs/processors/resolve-processor';
import { Rng } from '../sandbox/generator/rng';
import {
  benchDatabaseName,
  benchDatabaseUrl,
  ensureProvince,
  freshDatabase,
  migrateBenchDatabase,
  numericArg,
  peakRssMb,
  seconds,
  StagePeaks,
  startSandboxProcess,
} from './bench-support';
import { graphDigest, partitionOf } from './graph-digest';
import { measureWriteFloor } from './write-floor';
import { relaunchWithHeapLimit } from '../bin/heap-limit';

async function main(): Promise<void> {
  const orgs = numericArg('orgs', 100_000);
  // As a worker resolves: HUB_RESOLVE_WORKERS parallel connections (default 2).
  const { resolveWorkers, workerHeapMb, workerSemiSpaceMb } = loadHubConfig();
  // The quality check's truth maps are the bench's own memory, so only without it are the bounds
  // the worker's.
  if (process.argv.includes('--no-quality')) {
    if (await relaunchWithHeapLimit(workerHeapMb, workerSemiSpaceMb)) return;
  }
  const seed = numericArg('seed', 1);
  const dir = join(tmpdir(), `hub-bench-province-${orgs}-${seed}`);
  await ensureProvince(dir, orgs, seed);
  const resume = process.argv.includes('--resume');
  const deltaOnly = process.argv.includes('--delta');
  const resync = process.argv.includes('--resync');
  // A fresh run lands the province as generated (truth.jsonl describes it), not with earlier runs'
  // deltas.
  if (!resume && !deltaOnly && !resync) {
    const removed = removeDeltas(dir);
    if (removed > 0) console.log(`removed ${removed} delta files earlier runs left in ${dir}`);
  }
  let sandbox = await startSandboxProcess(dir);
  const database = benchDatabaseName(orgs, seed);
  const databaseUrl =
    resume || deltaOnly || resync ? benchDatabaseUrl(database) : await freshDatabase(database);
  // As a worker's pool: with fewer, the seven pulls' locks would leave their batches one
  // connection.
  const pool = openSqlPool(databaseUrl, HUB_POOL_SIZE);
  const feedOf = (source: SourceId, registries = sandbox): FeedConfig =>
    source in registries.inboxes
      ? {
          source,
          transport: 'drop',
          inbox: registries.inboxes[source],
          sandbox: false,
          options: { stableMs: 0 },
        }
      : {
          source,
          transport: 'http',
          url: `${registries.url}/${source}`,
          token: registries.token,
          sandbox: false,
          options: { pageSize: 1000 },
        };
  const feeds = Object.fromEntries(SOURCE_IDS.map((source) => [source, feedOf(source)])) as Record<
    SourceId,
    FeedConfig
  >;
  try {
    if (deltaOnly) {
      // An earlier run left a resolved and evaluated graph: measure one more 1% delta on it.
      await migrateBenchDatabase(databaseUrl);
      const deltas = deltaFiles(join(dir, 'feeds', 'market-regulation')).length;
      sandbox.child.kill('SIGTERM');
      sandbox = await measureDelta(dir, pool, seed + 1 + deltas, feedOf, resolveWorkers);
      return;
    }
    if (resync) {
      await migrateBenchDatabase(databaseUrl);
      await measureResync(pool, feeds);
      return;
    }
    const order = arrivalOrder(seed);
    const arrival = {
      records: 0,
      organizationsCreated: 0,
      organizationsMerged: 0,
      unresolvedReferences: 0,
    };
    let arrivalResolveMs = 0;
    const peaks = new StagePeaks();
    let started = Date.now();
    let landed = 0;
    let landMs: number;
    if (resume) {
      await migrateBenchDatabase(databaseUrl);
      // An earlier run landed everything (its pulls all succeeded): take the landing figures from
      // its sync runs.
      const runs = await pool.query<{ fetched: number; ms: number; unfinished: number }>(
        `select sum(fetched)::int as fetched,
                (extract(epoch from max(finished_at) - min(started_at)) * 1000)::int as ms,
                count(*) filter (where state <> 'succeeded')::int as unfinished from sync_run`,
      );
      if (runs.rows[0].unfinished > 0 || !runs.rows[0].fetched)
        throw new Error('--resume needs a database whose pulls all succeeded');
      ({ fetched: landed, ms: landMs } = runs.rows[0]);
      // Whatever the earlier run resolved is undone: resolution starts from the landed records
      // alone.
      await pool.query(`truncate organization, organization_identifier, record_link,
                          organization_profile, blocking_key, link_review,
        party_organization, trade_union, coverage_edge, chamber_membership, organization_alias,
          coverage_dirty, golden_dirty, unresolved_reference, coverage_fact,
        coverage_rollup, coverage_rollup_state restart identity cascade`);
      // With every link truncated, no version has an earlier link to look up: all count as first
      // versions.
      await pool.query(
        enqueueForResolution('select id, canonical, true from current_source_record'),
      );
      await pool.query('vacuum analyze');
      console.log(
        `resuming after the landing of an earlier run (${landed} records in ${seconds(landMs)} s)`,
      );
    } else if (order) {
      // One feed at a time, each pull followed by its resolution run, as feeds of their own
      // cadences arrive.
      console.log(`landing one feed at a time: ${order.join(', ')}`);
      landMs = 0;
      for (const source of order) {
        peaks.enter('landing');
        started = Date.now();
        landed += (await runPull(pool, feeds[source], { source, full: false }, undefined, () => {}))
          .fetched;
        landMs += Date.now() - started;
        peaks.enter('resolution');
        started = Date.now();
        const run = await runResolve(pool, () => {}, resolveWorkers);
        arrivalResolveMs += Date.now() - started;
        for (const key of ['records', 'organizationsCreated', 'organizationsMerged'] as const)
          arrival[key] += run[key];
        arrival.unresolvedReferences = run.unresolvedReferences;
      }
    } else {
      peaks.enter('landing');
      await Promise.all(
        SOURCE_IDS.map(async (source) => {
          const result = await runPull(
            pool,
            feeds[source],
            { source, full: false },
            undefined,
            () => {},
          );
          landed += result.fetched;
        }),
      );
      landMs = Date.now() - started;
    }
    if (process.argv.includes('--estimate')) {
      const estimate = await estimateMatchModel(pool);
      console.log(
        `estimated model ${estimate.id} from ${estimate.records} records, ${estimate.pairs} ` +
          `pairs (λ ${estimate.model.prior.toFixed(4)})`,
      );
    }
    peaks.enter('resolution');
    started = Date.now();
    const resolution = await runResolve(pool, () => {}, resolveWorkers);
    for (const key of ['records', 'organizationsCreated', 'organizationsMerged'] as const)
      resolution[key] += arrival[key];
    if (order) resolution.unresolvedReferences = arrival.unresolvedReferences;
    const resolveMs = Date.now() - started + arrivalResolveMs;
    peaks.enter('coverage');
    started = Date.now();
    const coverage = await runCoverageStage(pool, () => {});
    const coverageMs = Date.now() - started;
    const endToEnd = landMs + resolveMs;
    console.log(
      `records landed: ${landed} in ${seconds(landMs)} s ` +
        `(${Math.round(landed / (landMs / 1000))}/s)`,
    );
    console.log(
      `resolved: ${resolution.records} records in ${seconds(resolveMs)} s ` +
        `(${Math.round(resolution.records / (resolveMs / 1000))}/s), ` +
        `${resolution.organizationsCreated} organizations founded, ` +
        `${resolution.organizationsMerged} merged by re-resolution ` +
        `(${await organizationCount(pool)} in the graph), ${resolution.unresolvedReferences} ` +
        `unresolved roster references`,
    );
    console.log(
      `end to end (landing → resolved graph): ${Math.round(landed / (endToEnd / 1000))} records/s`,
    );
    console.log(`coverage: ${coverage.organizations} organizations in ${seconds(coverageMs)} s`);
    console.log(await gapLine(pool, dir));
    // Before the quality check, whose truth maps are the bench's own memory, not the pipeline's.
    const pipelineRss = peakRssMb();
    const stagePeaks = peaks.report();
    // --no-quality: the truth maps need gigabytes at a million organizations, more than a bounded
    // worker heap holds.
    if (!process.argv.includes('--no-quality')) {
      const quality = await measureQuality(pool, join(dir, 'truth.jsonl'));
      console.log(
        `quality   resolver: precision ${quality.resolver.precision.toFixed(4)} recall ` +
          `${quality.resolver.recall.toFixed(4)} (${quality.resolver.records} records)`,
      );
      console.log(
        `quality   exact-USCC baseline: precision ${quality.baseline.precision.toFixed(4)} ` +
          `recall ${quality.baseline.recall.toFixed(4)}`,
      );
      console.log(
        `roster references: ${quality.references.correct}/${quality.references.total} resolved ` +
          `correctly, ${quality.references.wrong} wrong`,
      );
      // Equal digests across arrival orders: the same partition into organizations, the same gap
      // lists.
      console.log(
        `digests: partition ${quality.digests.partition}, gap lists ${quality.digests.gaps}`,
      );
    }

    sandbox.child.kill('SIGTERM');
    sandbox = await measureDelta(dir, pool, seed + 1, feedOf, resolveWorkers);
    console.log(
      `peak RSS of this process through pull + resolve + coverage: ${pipelineRss} MB (with the ` +
        `quality check and the delta: ${peakRssMb()} MB)`,
    );
    console.log(`peak RSS by stage: ${stagePeaks}`);
    if (process.argv.includes('--floor')) {
      // On the tables as the run left them (the delta's 1% included).
      const floor = await measureWriteFloor(databaseUrl);
      console.log(
        `end to end ${seconds(endToEnd)} s (landing + resolution) = ` +
          `${(endToEnd / floor).toFixed(2)} × the write floor of ${seconds(floor)} s`,
      );
    }
  } finally {
    await pool.end();
    sandbox.child.kill('SIGTERM');
  }
}

type Sandbox = Awaited<ReturnType<typeof startSandboxProcess>>;

/**
 * `--one-at-a-time [a,b,…|shuffle]`: the feeds land one after another, each pull followed by a
 * resolution run — in the order given, or shuffled by the seed (the default) — instead of all at
 * once.
 */
function arrivalOrder(seed: number): SourceId[] | undefined {
  const i = process.argv.indexOf('--one-at-a-time');
  if (i < 0) return undefined;
  const given = process.argv[i + 1];
  if (given === undefined || given.startsWith('--') || given === 'shuffle')
    return new Rng(seed).sample(SOURCE_IDS, SOURCE_IDS.length);
  const order = given.split(',');
  const unknown = order.filter((source) => !(SOURCE_IDS as readonly string[]).includes(source));
  if (
    unknown.length > 0 ||
    order.length !== SOURCE_IDS.length ||
    new Set(order).size !== order.length
  ) {
    throw new Error(
      `--one-at-a-time takes every feed once (${SOURCE_IDS.join(',')}), or shuffle; got ${given}`,
    );
  }
  return order as SourceId[];
}

/** The graph's P1, U1 and K1 gaps beside the generator's truth (expected.json). */
async function gapLine(pool: Pool, dir: string): Promise<string> {
  const truth = (
    JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
      totals: {
        P1: { gap: number };
        U1: { gap: number };
        K1: { partyGaps: number; unionGaps: number };
      };
    }
  ).totals;
  const gaps = (
    await pool.query<{ p1: number; u1: number; party: number; union: number }>(
      `select count(*) filter (where p1_gap)::int as p1, count(*) filter (where u1_gap)::int as u1,
            count(*) filter (where k1_party_gap)::int as party,
              count(*) filter (where k1_union_gap)::int as union
       from coverage_fact where valid_to is null and rule_set = 'shaanxi-2021'`,
    )
  ).rows[0];
  return (
    `gaps (truth): P1 ${gaps.p1} (${truth.P1.gap}), U1 ${gaps.u1} (${truth.U1.gap}), ` +
    `K1 party ${gaps.party} (${truth.K1.partyGaps}), K1 union ${gaps.union} (${truth.K1.unionGaps})`
  );
}

async function organizationCount(pool: Pool): Promise<number> {
  return (await pool.query<{ n: number }>('select count(*)::int as n from organization')).rows[0].n;
}

/**
 * Pulls all seven feeds again in full into a landed database, in parallel as a worker would: every
 * record arrives unchanged, so this times the path a full snapshot takes for the records it only
 * sees again.
 */
async function measureResync(pool: Pool, feeds: Record<SourceId, FeedConfig>): Promise<void> {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const results = await Promise.all(
    SOURCE_IDS.map((source) =>
      runPull(pool, feeds[source], { source, full: true }, undefined, () => {}),
    ),
  );
  const ms = Date.now() - started;
  const used = process.cpuUsage(cpu);
  const sum = (field: 'fetched' | 'unchanged' | 'created' | 'changed') =>
    results.reduce((n, r) => n + r[field], 0);
  console.log(
    `full resync: ${sum('fetched')} fetched, ${sum('unchanged')} unchanged, ${sum('created')} ` +
      `created, ${sum('changed')} changed in ${seconds(ms)} s ` +
      `(${Math.round(sum('fetched') / (ms / 1000))}/s); hub CPU ` +
      `${seconds((used.user + used.system) / 1000)} s`,
  );
}

/**
 * Changes 1% of the province's enterprises (a market-regulation delta file), serves it, and times
 * the incremental pull, resolution and coverage that follow, stage by stage. Returns the sandbox it
 * started.
 */
async function measureDelta(
  dir: string,
  pool: Pool,
  seed: number,
  feedOf: (source: SourceId, registries: Sandbox) => FeedConfig,
  workers: number,
): Promise<Sandbox> {
  // The sandbox clock is the later of the data's clock and the real one: stamp the changes with it.
  const dataNow = Date.parse(
    (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { now: string }).now,
  );
  const delta = await applyDelta(dir, {
    fraction: 0.01,
    seed,
    at: new Date(Math.max(Date.now(), dataNow)),
  });
  const sandbox = await startSandboxProcess(dir);
  const started = Date.now();
  const cpu = [process.cpuUsage()];
  const pulled = await runPull(
    pool,
    feedOf('market-regulation', sandbox),
    { source: 'market-regulation', full: false },
    undefined,
    () => {},
  );
  const pulledAt = Date.now();
  cpu.push(process.cpuUsage());
  const incremental = await runResolve(pool, () => {}, workers);
  const resolvedAt = Date.now();
  cpu.push(process.cpuUsage());
  const incrementalCoverage = await runCoverageStage(pool, () => {});
  const done = Date.now();
  cpu.push(process.cpuUsage());
  // The hub's own CPU (this process, every thread; not PostgreSQL's nor the sandbox's): steadier
  // than wall time on a shared machine.
  const cpuSeconds = (i: number) =>
    seconds((cpu[i + 1].user + cpu[i + 1].system - cpu[i].user - cpu[i].system) / 1000);
  console.log(
    `incremental 1% delta: ${delta.changed} changed enterprises, ${pulled.fetched} fetched, ` +
      `${pulled.changed} landed as changed, ${incremental.records} resolved, ` +
      `${incrementalCoverage.organizations} re-evaluated in ${seconds(done - started)} s (pull ` +
      `${seconds(pulledAt - started)} s, resolution ${seconds(resolvedAt - pulledAt)} s, ` +
      `coverage ${seconds(done - resolvedAt)} s); landing → resolved graph, as the throughput ` +
      `figure counts: ${seconds(resolvedAt - started)} s; hub CPU ${cpuSeconds(0)} / ` +
      `${cpuSeconds(1)} / ${cpuSeconds(2)} s`,
  );
  return sandbox;
}

async function measureQuality(pool: Pool, truthFile: string) {
  const truth = new Map<string, string>();
  const refs = new Map<string, string>();
  for await (const line of createInterface({ input: createReadStream(truthFile) })) {
    if (!line) continue;
    const t = JSON.parse(line) as {
      source: string;
      stream: string;
      key: string;
      org: string | null;
      ref?: string;
    };
    if (t.ref) refs.set(`${t.source}/${t.stream}/${t.key}/${t.ref}`, t.org!);
    else if (t.org) truth.set(`${t.source}/${t.stream}/${t.key}`, t.org);
  }
  const links = await pool.query<{ k: string; organization_id: string; uscc: string | null }>(
    `select l.source || '/' || l.stream || '/' || l.record_key as k, l.organization_id,
            (select i->>'normalized' from jsonb_array_elements(s.canonical->'identifiers') i
              where i->>'scheme' = 'uscc' and (i->>'valid')::boolean limit 1) as uscc
       from record_link l join current_source_record s on s.source = l.source
         and s.stream = l.stream and s.record_key = l.record_key`,
  );
  const resolver = [];
  const baseline = [];
  for (const row of links.rows) {
    const t = truth.get(row.k);
    if (!t) continue;
    resolver.push({ predicted: String(row.organization_id), truth: t });
    baseline.push({ predicted: row.uscc ?? row.k, truth: t });
  }
  const edges = await pool.query<{ k: string; organization_id: string | null }>(
    `select (case e.side when 'party' then 'party-org/party-orgs/' || p.record_key
            else 'trade-union/unions/' || u.record_key end)
            || '/covered_units[' || (row_number() over (partition by e.side, e.body_id
              order by e.id) - 1) || ']' as k, e.organization_id
       from coverage_edge e left join party_organization p on e.side = 'party' and p.id = e.body_id
       left join trade_union u on e.side = 'union' and u.id = e.body_id`,
  );
  const truthOfOrganization = new Map<string, Set<string>>();
  for (const row of links.rows) {
    const t = truth.get(row.k);
    if (t)
      truthOfOrganization.set(
        String(row.organization_id),
        new Set([...(truthOfOrganization.get(String(row.organization_id)) ?? []), t]),
      );
  }
  let correct = 0,
    wrong = 0;
  for (const edge of edges.rows) {
    const expected = refs.get(edge.k);
    if (!expected || !edge.organization_id) continue;
    if (truthOfOrganization.get(String(edge.organization_id))?.has(expected)) correct++;
    else wrong++;
  }
  // BENCH_PARTITION_FILE: the partition itself, a line per organization, to compare two runs by
  // diff.
  if (process.env.BENCH_PARTITION_FILE)
    writeFileSync(process.env.BENCH_PARTITION_FILE, `${(await partitionOf(pool)).join('\n')}\n`);
  const graph = await graphDigest(pool);
  return {
    resolver: pairwiseQuality(resolver),
    baseline: pairwiseQuality(baseline),
    references: { correct, wrong, total: edges.rowCount ?? 0 },
    digests: { partition: graph.digests.partition, gaps: graph.digests.gaps },
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
