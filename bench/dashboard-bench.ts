/**
 * `npm run bench:dashboard [-- --runs 5 --orgs 5000]`: the dashboard's budgets on this machine,
 * against the sandbox as a newcomer's `npm start` brings it up (`hub start` with the embedded
 * PostgreSQL, in a home folder of its own, `.hub/bench-dashboard`, kept between runs):
 *
 * - **cold overview**: a new browser context each run (empty cache, no service worker), from
 *   navigation to the province's figures and its three charts drawn; median and worst;
 * - **JavaScript shipped**: every script of the build gzipped, and what the overview loads over
 *   the wire (the server gzips);
 * - **request waterfall**: the longest chain of requests each started after the previous one
 *   ended (document → script → API …), and that of API requests alone.
 *
 * Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../src/config/project-root';
import { findFreePort } from '../src/runtime/ports';
import { dashboardDir } from '../schema/server/dashboard-page';
import { launchChromium } from '../test/support/dashboard-browser';
import { numericArg } from './bench-support';

interface Timed {
  url: string;
  start: number;
  end: number;
  bytes: number;
}

/** The longest chain of requests each of which started after the one before it had ended. */
export function waterfallDepth(requests: readonly Timed[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const depth = new Map<Timed, number>();
  for (const request of sorted) {
    let before = 0;
    for (const other of sorted)
      if (other !== request && other.end <= request.start)
        before = Math.max(before, depth.get(other) ?? 0);
    depth.set(request, before + 1);
  }
  return Math.max(0, ...depth.values());
}

async function startSandboxHub(orgs: number): Promise<{ origin: string; stop(): void }> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [join(projectRoot(), 'dist/bin/hub.js'), 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      HUB_HOME: join(projectRoot(), '.hub', 'bench-dashboard'),
      HUB_SANDBOX_ORGS: String(orgs),
      DATABASE_URL: '',
    },
    // The hub's own log lines would bury the figures.
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hub start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ coverage { inScope } sources { lastSucceededAt } }' }),
      });
      const body = (await response.json()) as {
        data?: {
          coverage: { inScope: number };
          sources: Array<{ lastSucceededAt: string | null }>;
        };
      };
      if (
        body.data &&
        body.data.coverage.inScope > 0 &&
        body.data.sources.every((s) => s.lastSucceededAt)
      )
        break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 600_000) throw new Error('the sandbox did not sync within 10 min');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  process.stderr.write(`sandbox ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return { origin, stop: () => child.kill('SIGTERM') };
}

const OVERVIEW_DRAWN =
  `document.querySelector('[data-testid="figure-inScope"]') && ` +
  `['chart-sub-region', 'chart-trend', 'chart-industry'].every((id) => ` +
  `document.querySelector('[data-testid="' + id + '"] canvas'))`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const runs = numericArg('runs', 5);
  const orgs = numericArg('orgs', 5000);
  const assets = join(dashboardDir(), 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const shippedGz = scripts.reduce(
    (sum, name) => sum + gzipSync(readFileSync(join(assets, name))).length,
    0,
  );
  const hub = await startSandboxHub(orgs);
  const browser = await launchChromium();
  const renders: number[] = [];
  let wire = 0;
  let depth = 0;
  let apiDepth = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const timed: Timed[] = [];
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const open = new Map<string, Timed>();
      cdp.on('Network.requestWillBeSent', (e) => {
        open.set(e.requestId, { url: e.request.url, start: e.timestamp, end: Infinity, bytes: 0 });
      });
      cdp.on('Network.loadingFinished', (e) => {
        const request = open.get(e.requestId);
        if (!request) return;
        request.end = e.timestamp;
        request.bytes = e.encodedDataLength;
        timed.push(request);
      });
      await page.goto(hub.origin);
      // Evaluated in the page: the figures shown and all three charts drawn.
      await page.waitForFunction(OVERVIEW_DRAWN, undefined, { timeout: 30_000 });
      renders.push(await page.evaluate(() => performance.now()));
      await page.waitForLoadState('networkidle');
      const scriptsOnWire = timed.filter((r) => r.url.endsWith('.js'));
      wire = scriptsOnWire.reduce((sum, r) => sum + r.bytes, 0);
      depth = waterfallDepth(timed.filter((r) => r.url.startsWith(hub.origin)));
      apiDepth = waterfallDepth(timed.filter((r) => r.url.includes('/graphql')));
      await context.close();
    }
  } finally {
    await browser.close();
    hub.stop();
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`overview, cold cache (${runs} runs, ${orgs} organizations):`);
  console.log(
    `  rendered: median ${median(renders).toFixed(0)} ms, worst ${Math.max(...renders).toFixed(0)} ms`,
  );
  console.log(`JavaScript: whole build ${kb(shippedGz)} gzipped (${scripts.length} files)`);
  console.log(`  loaded by the overview: ${kb(wire)} over the wire`);
  console.log(`request waterfall: ${depth} deep in all, ${apiDepth} deep of API requests`);
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
