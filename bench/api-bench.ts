/**
 * `npm run bench:api -- --orgs 100000 --seed 1`: against the database `npm run bench:resolve` left
 * (hub_bench_<orgs>_<seed>), starts `hub serve` in a child process and measures with autocannon:
 * province `coverage` latency (p50/p95/p99 over sequential requests), a 50-row `gaps` page with two
 * levels of fields under load (req/s, p99), and the raw SQL returning the same rows (queries/s),
 * all in the same run. Prints figures; asserts nothing.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config/project-root';
import { openSqlPool } from '../src/storage/sql-pool';
import { gapPage } from '../schema/coverage/gaps-query';
import { GapOrder, GapRule } from '../schema/coverage/gap.type';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const COVERAGE = `{ coverage { inScope p1 { required met gap } u1 { required met gap } k1 { targets partyGaps unionGaps } m1 m2 c1Gaps dualCoverageRate
  byRegion { division { code name } counts { inScope dualCoverageRate } children { division { code } counts { inScope p1 { gap } u1 { gap } } } }
  byIndustry { section counts { inScope } } } }`;
const GAPS = `{ gaps(rule: U1_NO_STANDALONE_UNION, first: 50) { edges { cursor node { reason employees employeesSource partyCoverage unionCoverage
  organization { id uscc name kind division { code name } sourceRecords { source stream key } } } } pageInfo { hasNextPage endCursor } } }`;

async function main(): Promise<void> {
  const orgs = arg('orgs', 100_000);
  const seed = arg('seed', 1);
  const seconds = arg('seconds', 10);
  const databaseUrl = `${(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres').replace(/\/[^/]*$/, '')}/hub_bench_${orgs}_${seed}`;
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = spawn(process.execPath, [join(projectRoot(), 'dist', 'bin', 'hub.js'), 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('GraphQL API')) resolve(); });
    server.once('exit', (code) => reject(new Error(`hub serve exited with code ${code}`)));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const post = (query: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  try {
    for (let i = 0; i < 20; i++) await (await post(COVERAGE)).json();
    const latencies: number[] = [];
    for (let i = 0; i < 300; i++) {
      const started = process.hrtime.bigint();
      const body = (await (await post(COVERAGE)).json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
    console.log(`coverage (province, with byRegion and byIndustry): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms (300 sequential requests)`);

    const check = (await (await post(GAPS)).json()) as { data?: { gaps: { edges: unknown[] } }; errors?: unknown };
    if (check.errors) throw new Error(JSON.stringify(check.errors));
    const load = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GAPS }),
      connections: 16, duration: seconds });
    console.log(`gaps page (50 rows, two levels of fields): ${load.requests.average.toFixed(0)} req/s, p50 ${load.latency.p50} ms, ` +
      `p99 ${load.latency.p99} ms, errors ${load.errors}, non-2xx ${load.non2xx} (autocannon, 16 connections, ${seconds} s; ${check.data!.gaps.edges.length} rows)`);

    const pool = openSqlPool(databaseUrl, 16);
    let queries = 0;
    const until = Date.now() + seconds * 1000;
    await Promise.all(Array.from({ length: 16 }, async () => {
      while (Date.now() < until) {
        await gapPage(pool, 'shaanxi-2021', GapRule.U1_NO_STANDALONE_UNION, undefined, GapOrder.ORGANIZATION_ID, 50, undefined);
        queries++;
      }
    }));
    await pool.end();
    const raw = queries / seconds;
    console.log(`raw SQL of the same page: ${raw.toFixed(0)} queries/s (16 concurrent); GraphQL / raw = ${(load.requests.average / raw).toFixed(2)}`);
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
