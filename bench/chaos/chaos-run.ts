import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { HubQueues } from '../../jobs/sync-flow';
import { SOURCE_IDS, SOURCE_TRANSPORT, sourceEnvName } from '../../src/model/feeds';
import { Rng } from '../../sandbox/generator/rng';
import { startHttp10Gateway, startSandboxRegistries } from '../../sandbox/registries';
import { ensureProvince } from '../bench-support';
import { graphDigest, type GraphDigest } from '../graph-digest';
import { HubProcess, type ProcessEnd } from './hub-process';
import { PrivatePostgres, PrivateRedis } from './private-servers';

/** What a fault run does (see `npm run chaos -- --help`). */
export interface ChaosOptions {
  orgs: number;
  seed: number;
  /** `kill -9` of a `hub worker` process, each restarted after a moment. */
  kills: number;
  /** `hub worker` processes running side by side. */
  workers: number;
  /** Share of the feed requests answered with 429 / 5xx, a reset, a hang or a broken body. */
  faultRate: number;
  redisRestart: boolean;
  postgresCrash: boolean;
  /** Serve the http feeds through a plain HTTP/1.0 server (Connection: close, no length). */
  http10: boolean;
  /** Mean pause between two kills (ms). */
  killEveryMs: number;
  /** Where generated provinces are kept between runs. */
  provinceDir: string;
  log: (line: string) => void;
}

export interface RunFigures extends GraphDigest {
  seconds: number;
  syncExit: ProcessEnd;
}

/** What the fault run found, beside the clean run it is compared with. */
export interface ChaosReport {
  clean: RunFigures;
  chaos: RunFigures & {
    faults: {
      kills: number;
      redisRestarts: number;
      postgresCrashes: number;
      faultRate: number;
      http10: boolean;
      /** Feed requests the registries answered, and the faults among them by kind. */
      requests: number;
      faulted: Record<string, number>;
    };
    /** Hub processes that ended without being killed by the run (each one is a defect). */
    unexpectedExits: string[];
    /** Jobs left waiting, active or delayed once the sync said it had finished. */
    stuckJobs: number;
    failedJobs: number;
    /** sync_run rows still marked running. */
    runsLeftRunning: number;
    /** Worker processes that did not end within 30 s of SIGTERM, or ended with a non-zero code. */
    unclean: string[];
  };
  /** True when the fault run reached the clean run's graph with nothing stuck or dead. */
  converged: boolean;
}

const HUB_HTTP_TIMEOUT_MS = 3_000;

/**
 * A clean sync and a sync through faults, on private PostgreSQL and Redis servers started for the
 * run (free loopback ports, never the machine's shared ones), compared by digest: the partition,
 * the gap lists, the quarantine and the record counts must be equal, with no process dead and no
 * job stuck, and the faulted `hub sync` must report success without being run again.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log;
  const province = join(options.provinceDir, `${options.orgs}-${options.seed}`);
  await ensureProvince(province, options.orgs, options.seed);
  const work = mkdtempSync(join(tmpdir(), 'hub-chaos-'));
  const pg = await PrivatePostgres.start();
  const redis = await PrivateRedis.start();
  log(`private PostgreSQL on ${pg.port}, Redis on ${redis.port}, logs in ${work}`);
  try {
    const clean = await cleanRun(options, province, work, pg, redis);
    log(
      `clean run: ${clean.organizations} organizations in ${clean.seconds.toFixed(1)} s, ` +
        `digest ${clean.digests.all}`,
    );
    const chaos = await faultRun(options, province, work, pg, redis);
    log(
      `fault run: ${chaos.organizations} organizations in ${chaos.seconds.toFixed(1)} s, ` +
        `digest ${chaos.digests.all}`,
    );
    const converged =
      chaos.digests.all === clean.digests.all &&
      chaos.syncExit.code === 0 &&
      chaos.unexpectedExits.length === 0 &&
      chaos.stuckJobs === 0 &&
      chaos.runsLeftRunning === 0 &&
      chaos.unclean.length === 0 &&
      JSON.stringify(chaos.versions) === JSON.stringify(clean.versions);
    return { clean, chaos, converged };
  } finally {
    await redis.stop();
    await pg.stop();
  }
}

async function cleanRun(
  options: ChaosOptions,
  province: string,
  work: string,
  pg: PrivatePostgres,
  redis: PrivateRedis,
): Promise<RunFigures> {
  const sandbox = await startSandboxRegistries({
    dataDir: province,
    port: 0,
    inboxRoot: join(work, 'inbox-clean'),
  });
  try {
    const env = await hubEnv(pg, redis, 'clean', work, sandbox);
    const started = Date.now();
    const sync = new HubProcess('clean-sync', ['sync', '--source', 'all'], env, work);
    const syncExit = await sync.ended;
    if (syncExit.code !== 0)
      throw new Error(
        `the clean sync failed (${JSON.stringify(syncExit)}):\n${sync.printed.slice(-3000)}`,
      );
    const seconds = (Date.now() - started) / 1000;
    return { ...(await digestOf(env.DATABASE_URL!)), seconds, syncExit };
  } finally {
    await sandbox.close();
  }
}

async function faultRun(
  options: ChaosOptions,
  province: string,
  work: string,
  pg: PrivatePostgres,
  redis: PrivateRedis,
): Promise<ChaosReport['chaos']> {
  const log = options.log;
  const rng = new Rng(options.seed * 7919 + options.kills);
  const faults = { rate: options.faultRate, seed: options.seed, network: true };
  const sandbox = await startSandboxRegistries({
    dataDir: province,
    port: 0,
    faults,
    inboxRoot: join(work, 'inbox-chaos'),
  });
  const gateway = options.http10 ? await startHttp10Gateway(sandbox.url) : undefined;
  const env = await hubEnv(pg, redis, 'chaos', work, sandbox, gateway?.url);
  const migrate = new HubProcess('chaos-migrate', ['migrate'], env, work);
  if ((await migrate.ended).code !== 0) throw new Error(`hub migrate failed:\n${migrate.printed}`);

  const killedByUs = new Set<HubProcess>();
  const unexpectedExits: string[] = [];
  let stopping = false;
  const workers: HubProcess[] = [];
  let generation = 0;
  const startWorker = (slot: number) => {
    const worker = new HubProcess(`chaos-worker-${slot}-${generation++}`, ['worker'], env, work);
    workers[slot] = worker;
    void worker.ended.then((end) => {
      if (!killedByUs.has(worker) && !stopping)
        unexpectedExits.push(`${worker.name}: ${JSON.stringify(end)}`);
    });
  };
  for (let slot = 0; slot < options.workers; slot++) startWorker(slot);
  const queues = new HubQueues(redis.url, 'chaos');
  try {
    await until(
      async () => (await queues.pullWorkerCount()) >= options.workers,
      60_000,
      'workers to start',
    );
    const started = Date.now();
    const sync = new HubProcess('chaos-sync', ['sync', '--source', 'all'], env, work);
    sync.ended.then(
      (end) => log(`  hub sync ended: ${JSON.stringify(end)}`),
      () => undefined,
    );
    const injected = { kills: 0, redisRestarts: 0, postgresCrashes: 0 };
    const redisAt = options.redisRestart ? Math.max(1, Math.round(options.kills * 0.3)) : -1;
    const postgresAt = options.postgresCrash ? Math.max(1, Math.round(options.kills * 0.6)) : -1;
    for (let k = 1; k <= Math.max(options.kills, redisAt, postgresAt) && sync.running; k++) {
      await sleep(rng.int(options.killEveryMs / 2, (options.killEveryMs * 3) / 2));
      if (!sync.running) break;
      if (k <= options.kills) {
        const slot = rng.int(0, options.workers - 1);
        const victim = workers[slot];
        if (victim.running) {
          killedByUs.add(victim);
          victim.kill('SIGKILL');
          injected.kills++;
          log(
            `  kill -9 ${victim.name} (${injected.kills}/${options.kills}) at ` +
              `${seconds(started)} s`,
          );
          const restartIn = rng.int(300, 1500);
          void sleep(restartIn).then(() => !stopping && startWorker(slot));
        }
      }
      if (k === redisAt) {
        log(`  Redis killed and restarted at ${seconds(started)} s`);
        await redis.crash();
        await sleep(1000);
        await redis.begin();
        injected.redisRestarts++;
      }
      if (k === postgresAt) {
        log(`  PostgreSQL crash (pg_ctl stop -m immediate) at ${seconds(started)} s`);
        pg.crash();
        await sleep(1000);
        await pg.begin();
        injected.postgresCrashes++;
      }
    }
    const syncExit = await sync.ended;
    const elapsed = (Date.now() - started) / 1000;
    log(
      `  faults done: ${JSON.stringify(injected)}; the sync reported:\n` +
        `${indent(sync.printed.split('\n').slice(-14).join('\n'))}`,
    );
    const jobs = await jobCounts(queues);
    stopping = true;
    const unclean = await stopWorkers(workers);
    const runsLeftRunning = await countRunning(env.DATABASE_URL!);
    return {
      ...(await digestOf(env.DATABASE_URL!)),
      seconds: elapsed,
      syncExit,
      faults: {
        ...injected,
        faultRate: options.faultRate,
        http10: options.http10,
        requests: Object.values(sandbox.requests).reduce((sum, n) => sum + n, 0),
        faulted: { ...sandbox.faultsInjected },
      },
      unexpectedExits,
      stuckJobs: jobs.stuck,
      failedJobs: jobs.failed,
      runsLeftRunning,
      unclean,
    };
  } finally {
    stopping = true;
    for (const worker of workers) worker.kill('SIGKILL');
    await queues.close();
    await gateway?.close();
    await sandbox.close();
  }
}

/** The environment of a hub process of one run: private servers, its own database and prefix. */
async function hubEnv(
  pg: PrivatePostgres,
  redis: PrivateRedis,
  name: string,
  work: string,
  sandbox: Awaited<ReturnType<typeof startSandboxRegistries>>,
  httpBase?: string,
): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: await pg.createDatabase(`hub_${name}`),
    REDIS_URL: redis.url,
    HUB_QUEUE_PREFIX: name,
    HUB_HOME: join(work, `home-${name}`),
    HUB_HTTP_TIMEOUT_MS: String(HUB_HTTP_TIMEOUT_MS),
    LOG_LEVEL: 'info',
  };
  mkdirSync(env.HUB_HOME!, { recursive: true });
  for (const source of SOURCE_IDS) {
    const prefix = `HUB_FEED_${sourceEnvName(source)}`;
    if (SOURCE_TRANSPORT[source] === 'http') {
      env[`${prefix}_URL`] = httpBase ? `${httpBase}/${source}` : sandbox.feedUrl(source);
      env[`${prefix}_TOKEN`] = sandbox.token;
    } else {
      env[`${prefix}_INBOX`] = sandbox.inboxes[source as keyof typeof sandbox.inboxes];
    }
  }
  return env;
}

async function digestOf(url: string): Promise<GraphDigest> {
  const pool = new Pool({ connectionString: url, max: 2 });
  try {
    return await graphDigest(pool);
  } finally {
    await pool.end();
  }
}

async function countRunning(url: string): Promise<number> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const rows = await pool.query<{ n: string }>(
      `select count(*) as n from sync_run where state = 'running'`,
    );
    return Number(rows.rows[0].n);
  } finally {
    await pool.end();
  }
}

/** Jobs of the run's queues not finished, and failed ones (a pull that spent its attempts). */
async function jobCounts(queues: HubQueues): Promise<{ stuck: number; failed: number }> {
  let stuck = 0;
  let failed = 0;
  for (const queue of [queues.pull, queues.resolve, queues.coverage]) {
    const counts = await queue.getJobCounts(
      'active',
      'waiting',
      'delayed',
      'prioritized',
      'waiting-children',
      'failed',
    );
    stuck +=
      counts.active +
      counts.waiting +
      counts.delayed +
      counts.prioritized +
      counts['waiting-children'];
    failed += counts.failed;
  }
  return { stuck, failed };
}

/** SIGTERM to every worker: each must finish or hand back its job and exit 0 within 30 s. */
async function stopWorkers(workers: HubProcess[]): Promise<string[]> {
  const unclean: string[] = [];
  await Promise.all(
    workers
      .filter((w) => w.running)
      .map(async (worker) => {
        // A worker restarted a moment ago may still be loading, before it handles SIGTERM: the
        // clean-stop check is of a running worker, so it is given the time to start first.
        await until(
          async () => worker.printed.includes('workers running') || !worker.running,
          60_000,
          `${worker.name} to start`,
        );
        worker.kill('SIGTERM');
        const end = await Promise.race([worker.ended, sleep(30_000).then(() => null)]);
        if (end === null) unclean.push(`${worker.name}: still running 30 s after SIGTERM`);
        else if (end.code !== 0)
          unclean.push(`${worker.name}: ${JSON.stringify(end)} after SIGTERM`);
      }),
  );
  return unclean;
}

async function until(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
