/**
 * `npm run bench:api -- --orgs 100000 --seed 1 [--seconds 10]`: against the database `npm run
 * bench:resolve` left (hub_bench_<orgs>_<seed>), starts `hub serve` in a child process and
 * measures, all in the same run:
 *
 * - province `coverage` latency (p50/p95/p99 over sequential requests);
 * - a 50-row `gaps` page with two levels of fields (organization, its division and its source
 *   records) under autocannon load, twice: **cached** (the same request again and again: after
 *   the first, every answer is a response-cache hit) and **uncached** (every request pages from
 *   another `after` cursor, cycling through more positions than the cache holds, so no request
 *   is answered from the cache: each costs the full resolver work and its SQL);
 * - the **raw SQL** of the same pages — the same rows with the same organization fields and
 *   source records (the statement the resolver runs), 16 concurrent clients on the same cursors
 *   as the uncached run — and the ratio of GraphQL to raw for both runs.
 *
 * Prints figures; asserts nothing.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config/project-root';
import { openSqlPool } from '../src/storage/sql-pool';
import { gapPage } from '../schema/coverage/gaps-query';
import { GapOrder, GapRule } from '../schema/coverage/gap.type';
import { encodeCursor } from '../schema/pagination/relay';
import { RESPONSE_CACHE_CAPACITY } from '../schema/server/response-cache';
import { benchDatabaseName, benchDatabaseUrl, numericArg } from './bench-support';

const CONNECTIONS = 16;
const PAGE = 50;
const COVERAGE = `{ coverage { inScope p1 { required met gap } u1 { required met gap } k1 { targets partyGaps unionGaps } m1 m2 c1Gaps dualCoverageRate
  byRegion { division { code name } counts { inScope dualCoverageRate } children { division { code } counts { inScope p1 { gap } u1 { gap } } } }
  byIndustry { section counts { inScope } } } }`;
const GAPS = `query Gaps($after: String) { gaps(rule: U1_NO_STANDALONE_UNION, first: ${PAGE}, after: $after) { edges { cursor node { reason employees employeesSource partyCoverage unionCoverage
  organization { id uscc name kind division { code name } sourceRecords { source stream key } } } } pageInfo { hasNextPage endCursor } } }`;

interface GapsBody {
  data?: { gaps: { edges: Array<{ node: { organization: { sourceRecords: unknown[] } } }> } };
  errors?: unknown;
}

async function main(): Promise<void> {
  const orgs = numericArg('orgs', 100_000);
  const seed = numericArg('seed', 1);
  const seconds = numericArg('seconds', 10);
  const databaseUrl = benchDatabaseUrl(benchDatabaseName(orgs, seed));
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = spawn(process.execPath, [join(projectRoot(), 'dist', 'bin', 'hub.js'), 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('GraphQL API')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`hub serve exited with code ${code}`)));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const headers = { 'content-type': 'application/json' };
  const body = (query: string, variables?: Record<string, unknown>) =>
    JSON.stringify({ query, variables });
  const post = async <T>(query: string, variables?: Record<string, unknown>) =>
    (await (
      await fetch(url, { method: 'POST', headers, body: body(query, variables) })
    ).json()) as T;
  const pool = openSqlPool(databaseUrl, CONNECTIONS);
  try {
    for (let i = 0; i < 20; i++) await post(COVERAGE);
    const latencies: number[] = [];
    for (let i = 0; i < 300; i++) {
      const started = process.hrtime.bigint();
      const answer = await post<{ errors?: unknown }>(COVERAGE);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
    console.log(
      `coverage (province, with byRegion and byIndustry): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms (300 sequential requests)`,
    );

    // Cursors of the uncached run: after each flagged organization that still has a full page
    // behind it.
    const ids = (
      await pool.query<{ id: string }>(
        `select organization_id as id from coverage_fact where rule_set = 'shaanxi-2021' and valid_to is null and u1_gap order by organization_id`,
      )
    ).rows.map((r) => String(r.id));
    const cursors = ids
      .slice(0, Math.max(0, ids.length - PAGE))
      .map((id) => encodeCursor(`gap:${GapOrder.ORGANIZATION_ID}`, `${id}:${id}`));
    if (cursors.length <= RESPONSE_CACHE_CAPACITY) {
      console.log(
        `note: only ${cursors.length} distinct pages (cache holds ${RESPONSE_CACHE_CAPACITY}): the "uncached" run may see cache hits`,
      );
    }
    for (const after of [undefined, cursors[0], cursors.at(-1)]) {
      const check = await post<GapsBody>(GAPS, { after });
      if (check.errors) throw new Error(JSON.stringify(check.errors));
      const edges = check.data!.gaps.edges;
      if (
        edges.length !== PAGE ||
        !edges.some((e) => e.node.organization.sourceRecords.length > 0)
      ) {
        throw new Error(`expected ${PAGE} rows with source records, got ${edges.length}`);
      }
    }

    const options = {
      url,
      method: 'POST' as const,
      headers,
      connections: CONNECTIONS,
      duration: seconds,
    };
    const cached = await autocannon({ ...options, body: body(GAPS) });
    let next = 0;
    const uncached = await autocannon({
      ...options,
      requests: [
        {
          setupRequest: (request: autocannon.Request) => ({
            ...request,
            body: body(GAPS, { after: cursors[next++ % cursors.length] }),
          }),
        },
      ],
    });
    const line = (label: string, r: autocannon.Result) =>
      `gaps page, ${label}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, ` +
      `p99 ${r.latency.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`;
    console.log(
      `${line('cached (the same request: response-cache hits)', cached)} (autocannon, ${CONNECTIONS} connections, ${seconds} s; ${PAGE} rows)`,
    );
    console.log(
      `${line(`uncached (every request another "after" cursor, ${Math.min(next, cursors.length)} distinct pages)`, uncached)}`,
    );

    // The same pages in raw SQL: the statement behind the resolver, organization fields and source
    // records included.
    let queries = 0;
    let position = 0;
    const until = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < until) {
          const page = await gapPage(
            pool,
            'shaanxi-2021',
            GapRule.U1_NO_STANDALONE_UNION,
            undefined,
            GapOrder.ORGANIZATION_ID,
            PAGE,
            cursors[position++ % cursors.length],
            { sourceRecords: true },
          );
          if (page.rows.length !== PAGE)
            throw new Error(`raw SQL returned ${page.rows.length} rows`);
          queries++;
        }
      }),
    );
    const raw = queries / seconds;
    console.log(
      `raw SQL of the same pages (rows, organization fields and source records): ${raw.toFixed(0)} queries/s (${CONNECTIONS} concurrent); ` +
        `GraphQL / raw = ${(cached.requests.average / raw).toFixed(2)} cached, ${(uncached.requests.average / raw).toFixed(2)} uncached`,
    );
  } finally {
    await pool.end();
    server.kill('SIGTERM');
    // The server drains its connections; one that does not end in time is stopped (it holds our
    // stdout pipe).
    const killer = setTimeout(() => server.kill('SIGKILL'), 15_000);
    await new Promise((resolve) => server.once('exit', resolve));
    clearTimeout(killer);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
