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
 * - a `coverageChanges` page followed by cursor and an organization's timeline (latencies);
 * - `organizations` with three filters and a sort (employeesMin, active, kinds; EMPLOYEES_DESC),
 *   every request another cursor;
 * - the dashboard's organization page (its `OrganizationPage` operation: facts, coverage,
 *   provenance, links, bodies, follow-ups), every request another organization;
 * - a trivial `{ __typename }`, the ceiling of the HTTP and GraphQL pipeline alone;
 * - the **raw SQL** of the same pages — the same rows with the same organization fields and
 *   source records (the statement the resolver runs), 16 concurrent clients on the same cursors
 *   as the uncached run — and the ratio of GraphQL to raw for both runs.
 *
 * Twice, in the same run: `hub serve` open, then with keys, rate limits and the audit trail on
 * (an analyst key), and the ratio of the uncached gap page's throughput between the two.
 *
 * Prints figures; asserts nothing.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config/project-root';
import type { Pool } from 'pg';
import { createApiKey } from '../src/access/api-key-store';
import { openSqlPool } from '../src/storage/sql-pool';
import { gapPage } from '../schema/coverage/gaps-query';
import { GapOrder, GapRule } from '../schema/coverage/gap.type';
import { encodeCursor } from '../schema/pagination/relay';
import { RESPONSE_CACHE_CAPACITY } from '../schema/server/response-cache';
import {
  benchDatabaseName,
  benchDatabaseUrl,
  dashboardOperation,
  numericArg,
} from './bench-support';

const CONNECTIONS = 16;
const PAGE = 50;
const COVERAGE =
  '{ coverage { inScope p1 { required met gap } u1 { required met gap } k1 { ' +
  'targets partyGaps unionGaps } m1 m2 c1Gaps dualCoverageRate\n' +
  '  byRegion { division { code name } counts { inScope dualCoverageRate } ' +
  'children { division { code } counts { inScope p1 { gap } u1 { gap } } } }\n' +
  '  byIndustry { section counts { inScope } } } }';
const GAPS =
  `query Gaps($after: String) { gaps(rule: U1_NO_STANDALONE_UNION, first: ${PAGE}, ` +
  `after: $after) { edges { cursor node { reason employees employeesSource ` +
  `partyCoverage unionCoverage\n` +
  `  organization { id uscc name kind division { code name } sourceRecords { source ` +
  `stream key } } } } pageInfo { hasNextPage endCursor } } }`;

interface GapsBody {
  data?: { gaps: { edges: Array<{ node: { organization: { sourceRecords: unknown[] } } }> } };
  errors?: unknown;
}

/** One `hub serve` of the run: its URL, the headers its clients send, how to stop it. */
interface Served {
  url: string;
  headers: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Starts `hub serve` on the bench database: `open` (no authentication, no audit trail) or `keys`
 * (an analyst key, rate limits counted in Redis, every request audited).
 */
async function serve(databaseUrl: string, mode: 'open' | 'keys', key: string): Promise<Served> {
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = spawn(process.execPath, [join(projectRoot(), 'dist', 'bin', 'hub.js'), 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      HUB_AUTH: mode,
      // High enough never to refuse the bench, so each request still pays for its count in Redis.
      HUB_RATE_LIMIT_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('GraphQL API')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`hub serve exited with code ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    headers: {
      'content-type': 'application/json',
      ...(mode === 'keys' ? { authorization: `Bearer ${key}` } : {}),
    },
    stop: async () => {
      server.kill('SIGTERM');
      // The server drains its connections; one that does not end in time is stopped (it holds
      // our stdout pipe).
      const killer = setTimeout(() => server.kill('SIGKILL'), 15_000);
      await new Promise((resolve) => server.once('exit', resolve));
      clearTimeout(killer);
    },
  };
}

/** `hub migrate` on the bench database (a database an older build left lacks the newer tables). */
async function migrate(databaseUrl: string): Promise<void> {
  const child = spawn(process.execPath, [join(projectRoot(), 'dist', 'bin', 'hub.js'), 'migrate'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`hub migrate exited with code ${code}`);
}

const body = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

async function main(): Promise<void> {
  const orgs = numericArg('orgs', 100_000);
  const seed = numericArg('seed', 1);
  const seconds = numericArg('seconds', 10);
  const databaseUrl = benchDatabaseUrl(benchDatabaseName(orgs, seed));
  await migrate(databaseUrl);
  const pool = openSqlPool(databaseUrl, CONNECTIONS);
  const { key } = await createApiKey(pool, {
    role: 'analyst',
    name: 'bench:api',
    createdBy: 'bench',
  });
  try {
    // Cursors of the uncached run: after each flagged organization that still has a full page
    // behind it.
    const ids = (
      await pool.query<{ id: string }>(
        `select organization_id as id from coverage_fact
          where rule_set = 'shaanxi-2021' and valid_to is null and u1_gap order by organization_id`,
      )
    ).rows.map((r) => String(r.id));
    const cursors = ids
      .slice(0, Math.max(0, ids.length - PAGE))
      .map((id) => encodeCursor(`gap:${GapOrder.ORGANIZATION_ID}`, `${id}:${id}`));
    if (cursors.length <= RESPONSE_CACHE_CAPACITY) {
      console.log(
        `note: only ${cursors.length} distinct pages (cache holds ${RESPONSE_CACHE_CAPACITY}): ` +
          'the "uncached" run may see cache hits',
      );
    }
    // Open before and after: the first run also warms the database, so the comparison takes the
    // better of the two.
    const runs: Array<{ mode: 'open' | 'keys'; uncached: autocannon.Result }> = [];
    for (const mode of ['open', 'keys', 'open'] as const) {
      const served = await serve(databaseUrl, mode, key);
      try {
        console.log(
          mode === 'open'
            ? '— hub serve with HUB_AUTH=open (no authentication, no audit trail):'
            : '— hub serve with HUB_AUTH=keys (an analyst key, rate limit in Redis, audit ' +
                'trail on):',
        );
        runs.push({ mode, uncached: await measure(served, pool, cursors, seconds) });
      } finally {
        await served.stop();
      }
    }
    const rate = (mode: 'open' | 'keys') =>
      Math.max(...runs.filter((r) => r.mode === mode).map((r) => r.uncached.requests.average));
    const [open, keyed] = [rate('open'), rate('keys')];
    console.log(
      `uncached gap page with authentication and audit trail / without: ` +
        `${(keyed / open).toFixed(2)} (${keyed.toFixed(0)} / ${open.toFixed(0)} req/s)`,
    );
  } finally {
    await pool.end();
  }
}

type Post = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** The organizations list with three filters and a sort, as an analyst's filtered view asks. */
const ORGANIZATIONS = `query Organizations($after: String) { organizations(first: ${PAGE}, after: $after,
  filter: { employeesMin: 5, active: true, kinds: [ENTERPRISE] }, orderBy: EMPLOYEES_DESC) {
  edges { cursor node { id uscc name kind division { code name } } }
  pageInfo { hasNextPage endCursor } } }`;

/** Cursors after each organization of that list that still has a full page behind it. */
async function organizationCursors(pool: Pool): Promise<string[]> {
  const rows = (
    await pool.query<{ v: number; id: string }>(
      `select coalesce(f.employees, -1) as v, o.id::text as id
         from organization o join coverage_fact f on f.organization_id = o.id
          and f.rule_set = 'shaanxi-2021' and f.valid_to is null
        where f.employees >= 5 and o.active and o.kind = 'ENTERPRISE'
        order by v desc, o.id desc`,
    )
  ).rows;
  return rows
    .slice(0, Math.max(0, rows.length - PAGE))
    .map((r) => encodeCursor('organization:EMPLOYEES_DESC', `${r.v}|${r.id}`));
}

const CHANGES = `query Changes($after: String) { coverageChanges(since: "2000-01-01T00:00:00Z", first: ${PAGE},
  after: $after) { edges { cursor node { rule change at reason organization { id name division { code } } } }
  pageInfo { hasNextPage endCursor } } }`;
const TIMELINE = `query Timeline($id: ID!) { organization(id: $id) { timeline(first: 20) {
  edges { node { at kind source title detail } } } } }`;

/** The dashboard's organization page, as the page asks for it. */
const ORGANIZATION_PAGE = dashboardOperation('OrganizationPage');

/** Ids of `count` organizations in random order (the same for every server of a run). */
async function randomOrganizations(pool: Pool, count: number): Promise<string[]> {
  const rows = await pool.query<{ id: string }>(
    'select id::text from organization order by md5(id::text) limit $1',
    [count],
  );
  return rows.rows.map((r) => r.id);
}

const line = (label: string, r: autocannon.Result) =>
  `${label}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, ` +
  `p99 ${r.latency.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`;

/**
 * Load where every request carries the next of `variables` (cycling), so no two requests in a
 * row are the same; with more of them than the response cache holds, none is answered from it.
 */
async function cycling(
  options: autocannon.Options,
  query: string,
  variables: Array<Record<string, unknown>>,
): Promise<autocannon.Result & { distinct: number }> {
  let next = 0;
  const result = await autocannon({
    ...options,
    requests: [
      {
        setupRequest: (request: autocannon.Request) => ({
          ...request,
          body: body(query, variables[next++ % variables.length]),
        }),
      },
    ],
  });
  return Object.assign(result, { distinct: Math.min(next, variables.length) });
}

/** p50 / p95 / p99 of sequential requests, in milliseconds. */
async function latencies(count: number, ask: (i: number) => Promise<void>): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await ask(i);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) =>
    times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  return `p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms (${count} sequential requests)`;
}

/** A portal following the change feed page after page, and organizations' timelines. */
async function changeFeedAndTimeline(post: Post, pool: Pool): Promise<void> {
  let after: string | null = null;
  const feed = await latencies(300, async () => {
    const answer = await post<{
      data?: { coverageChanges: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      errors?: unknown;
    }>(CHANGES, { after });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    const info = answer.data.coverageChanges.pageInfo;
    after = info.hasNextPage ? info.endCursor : null;
  });
  console.log(`coverageChanges, ${PAGE}-row pages followed by cursor: ${feed}`);
  const ids = (
    await pool.query<{ id: string }>(
      'select id::text from organization order by random() limit 300',
    )
  ).rows.map((r) => r.id);
  const timeline = await latencies(ids.length, async (i) => {
    const answer = await post<{ errors?: unknown }>(TIMELINE, { id: ids[i] });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  });
  console.log(`an organization's timeline (20 entries), random organizations: ${timeline}`);
}

/** The figures of one server: coverage latency, the gap page cached and uncached, raw SQL. */
async function measure(
  served: Served,
  pool: Pool,
  cursors: string[],
  seconds: number,
): Promise<autocannon.Result> {
  const { url, headers } = served;
  const post = async <T>(query: string, variables?: Record<string, unknown>) =>
    (await (
      await fetch(url, { method: 'POST', headers, body: body(query, variables) })
    ).json()) as T;
  for (let i = 0; i < 20; i++) await post(COVERAGE);
  const coverage = await latencies(300, async () => {
    const answer = await post<{ errors?: unknown }>(COVERAGE);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  });
  console.log(`coverage (province, with byRegion and byIndustry): ${coverage}`);
  await changeFeedAndTimeline(post, pool);
  for (const after of [undefined, cursors[0], cursors.at(-1)]) {
    const check = await post<GapsBody>(GAPS, { after });
    if (check.errors) throw new Error(JSON.stringify(check.errors));
    const edges = check.data!.gaps.edges;
    if (edges.length !== PAGE || !edges.some((e) => e.node.organization.sourceRecords.length > 0))
      throw new Error(`expected ${PAGE} rows with source records, got ${edges.length}`);
  }

  const options = {
    url,
    method: 'POST' as const,
    headers,
    connections: CONNECTIONS,
    duration: seconds,
  };
  const cached = await autocannon({ ...options, body: body(GAPS) });
  const uncached = await cycling(
    options,
    GAPS,
    cursors.map((after) => ({ after })),
  );
  console.log(
    `${line('gaps page, cached (the same request: response-cache hits)', cached)} ` +
      `(autocannon, ${CONNECTIONS} connections, ${seconds} s; ${PAGE} rows)`,
  );
  const organizations = await cycling(
    options,
    ORGANIZATIONS,
    (await organizationCursors(pool)).map((after) => ({ after })),
  );
  const organizationPage = await cycling(
    options,
    ORGANIZATION_PAGE,
    (await randomOrganizations(pool, 20_000)).map((id) => ({ id })),
  );
  // Another (unused) variable value each time, so the trivial answer is not a cache hit either.
  const trivial = await cycling(
    options,
    'query Trivial($n: Int) { __typename }',
    Array.from({ length: 4 * RESPONSE_CACHE_CAPACITY }, (_, n) => ({ n })),
  );
  console.log(
    line(
      `gaps page, uncached (every request another "after" cursor, ${uncached.distinct} ` +
        'distinct pages)',
      uncached,
    ),
  );
  console.log(
    line(
      'organizations (employeesMin, active, kinds; EMPLOYEES_DESC), uncached ' +
        `(${organizations.distinct} distinct pages)`,
      organizations,
    ),
  );
  console.log(
    line(
      "the dashboard's organization page, uncached " +
        `(${organizationPage.distinct} distinct organizations)`,
      organizationPage,
    ),
  );
  console.log(line('{ __typename }, uncached (the pipeline alone)', trivial));
  const share = (r: autocannon.Result) =>
    (r.requests.average / trivial.requests.average).toFixed(2);
  console.log(
    `uncached / trivial: gap page ${share(uncached)}, organizations ${share(organizations)}, ` +
      `organization page ${share(organizationPage)}`,
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
          // What the resolver runs for the query's `sourceRecords { source stream key }`.
          { sourceRecords: 'keys' },
        );
        if (page.rows.length !== PAGE) throw new Error(`raw SQL returned ${page.rows.length} rows`);
        queries++;
      }
    }),
  );
  const raw = queries / seconds;
  console.log(
    `raw SQL of the same pages (rows, organization fields and source records): ` +
      `${raw.toFixed(0)} queries/s (${CONNECTIONS} concurrent); GraphQL / raw = ` +
      `${(cached.requests.average / raw).toFixed(2)} cached, ` +
      `${(uncached.requests.average / raw).toFixed(2)} uncached`,
  );
  return uncached;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
