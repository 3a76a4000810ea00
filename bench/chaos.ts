import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChaos } from './chaos/chaos-run';

/**
 * `npm run chaos`: one full sync of a generated province through worker kills, a Redis restart,
 * a PostgreSQL crash and injected feed faults, compared with a clean sync (see chaos-run.ts).
 * Exits 1 unless the fault run reached the clean run's graph.
 */
const program = new Command('chaos')
  .option('--orgs <n>', 'organizations of the generated province', whole, 20_000)
  .option('--seed <s>', 'province and fault seed', whole, 1)
  .option('--kills <n>', 'kill -9 of hub worker processes', whole, 20)
  .option('--workers <n>', 'hub worker processes side by side', whole, 2)
  .option(
    '--fault-rate <r>',
    'share of feed requests faulted (429, 5xx, reset, hang, cut body)',
    Number,
    0.2,
  )
  .option('--kill-every <ms>', 'mean pause between kills', whole, 2500)
  .option('--no-redis-restart', 'leave Redis running')
  .option('--no-postgres-crash', 'leave PostgreSQL running')
  .option('--http10', 'serve the http feeds through a plain HTTP/1.0 server', false)
  .option(
    '--province-dir <dir>',
    'where generated provinces are kept',
    join(tmpdir(), 'hub-chaos-provinces'),
  );

async function main(): Promise<void> {
  program.parse();
  const o = program.opts<{
    orgs: number;
    seed: number;
    kills: number;
    workers: number;
    faultRate: number;
    killEvery: number;
    redisRestart: boolean;
    postgresCrash: boolean;
    http10: boolean;
    provinceDir: string;
  }>();
  const report = await runChaos({
    orgs: o.orgs,
    seed: o.seed,
    kills: o.kills,
    workers: o.workers,
    faultRate: o.faultRate,
    killEveryMs: o.killEvery,
    redisRestart: o.redisRestart,
    postgresCrash: o.postgresCrash,
    http10: o.http10,
    provinceDir: o.provinceDir,
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(report, null, 2));
  console.log(
    report.converged ? "CONVERGED: the fault run reached the clean run's graph" : 'NOT CONVERGED',
  );
  process.exitCode = report.converged ? 0 : 1;
}

function whole(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
