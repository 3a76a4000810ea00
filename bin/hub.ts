#!/usr/bin/env node
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadHubConfig } from '../src/config/hub-config';
import { RedisNotInstalledError } from '../src/runtime/local-redis';
import { logger } from '../src/runtime/logger';
import { estimateModelCommand } from './commands/estimate-model-command';
import { genCommand, sandboxCommand } from './commands/sandbox-commands';
import { createKeyCommand, listKeysCommand, revokeKeyCommand } from './commands/key-commands';
import { migrateCommand, runRoles } from './commands/role-commands';
import { schemaCommand } from './commands/schema-command';
import { syncCommand } from './commands/sync-command';
import { relaunchWithHeapLimit } from './heap-limit';

const program = new Command('hub')
  .description(
    'Party and trade-union coverage hub (两个覆盖): pulls the registries, resolves organizations, answers in GraphQL',
  )
  .showHelpAfterError();

/**
 * Pipeline roles run in a child Node with a bounded heap (HUB_WORKER_HEAP_MB,
 * HUB_WORKER_SEMI_SPACE_MB) unless this process has one.
 */
const withinHeapLimit = (work: () => Promise<void>) => async () => {
  const { workerHeapMb, workerSemiSpaceMb } = loadHubConfig();
  if (!(await relaunchWithHeapLimit(workerHeapMb, workerSemiSpaceMb))) await work();
};

program
  .command('start')
  .description(
    'migrate, then run the API, the workers and the schedulers in one process (npm start)',
  )
  .action(() =>
    runRoles({ api: true, workers: true, scheduler: true }, { migrate: true, firstSync: true }),
  );
program
  .command('serve')
  .description('run the GraphQL API only (stateless; run as many as you like)')
  .action(() =>
    runRoles({ api: true, workers: false, scheduler: false }, { migrate: false, firstSync: false }),
  );
program
  .command('worker')
  .description('run pipeline workers only (pull, resolve)')
  .action(
    withinHeapLimit(() =>
      runRoles(
        { api: false, workers: true, scheduler: false },
        { migrate: false, firstSync: false },
      ),
    ),
  );
program
  .command('scheduler')
  .description('own the job schedulers (run exactly one)')
  .action(() =>
    runRoles({ api: false, workers: false, scheduler: true }, { migrate: false, firstSync: false }),
  );
program.command('migrate').description('apply pending database migrations').action(migrateCommand);

program
  .command('sync')
  .description('pull feeds now, wait for them and everything downstream, print what changed')
  .option(
    '--source <id>',
    'a feed id (market-regulation, civil-affairs, statistics, tax, federation, party-org, trade-union) or all',
    'all',
  )
  .option('--full', 'ignore saved checkpoints and pull everything again', false)
  .action((options: { source: string; full: boolean }) =>
    withinHeapLimit(async () => {
      const outcome = await syncCommand(options);
      process.exitCode = outcome.ok ? 0 : 1;
    })(),
  );

program
  .command('estimate-model')
  .description(
    "fit the matcher's m/u probabilities to the landed records (EM) and use them from now on",
  )
  .option('--sample <n>', 'records to sample', positiveInt, 100_000)
  .action(estimateModelCommand);

program
  .command('gen')
  .description('generate a sandbox province of Shaanxi with ground truth')
  .requiredOption('--orgs <n>', 'organizations to generate', positiveInt)
  .option('--seed <s>', 'random seed (same seed, same output)', positiveInt, 1)
  .requiredOption('--out <dir>', 'output directory')
  .option(
    '--noise <profile>',
    'clean, default, heavy, or rates like "legacyNoUscc=0.05,typo=0.02"',
    'default',
  )
  .action(genCommand);

program
  .command('sandbox')
  .description(
    "serve a generated province as the departments' registries (http feeds and drop inboxes)",
  )
  .requiredOption('--data <dir>', 'a directory written by `hub gen`')
  .option('--port <p>', 'port (0 picks a free one)', nonNegativeInt, 4100)
  .option(
    '--faults <rate>',
    'inject 429, 503, slow responses, 410 and broken pages at this rate (0..1)',
    parseRate,
    0,
  )
  .option('--network-faults', 'with --faults: connection resets and unanswered requests too', false)
  .option('--fault-seed <s>', 'seed of the random faults', positiveInt, 1)
  .action(sandboxCommand);

const keys = program
  .command('keys')
  .description('API keys: make, list and revoke them (README "Access control")');
keys
  .command('create')
  .description('make a key; prints it once, alone on the last line')
  .requiredOption(
    '--role <role>',
    'admin, org-department, trade-union, department:<feed>, analyst or portal',
  )
  .option('--region <code>', "limit it to a division (610100: Xi'an); default province-wide")
  .option('--name <label>', 'who or what uses it')
  .action(createKeyCommand);
keys.command('list').description('every key (never the keys themselves)').action(listKeysCommand);
keys
  .command('revoke')
  .description('revoke a key at once')
  .argument('<id>', 'the key id `hub keys list` shows')
  .action(revokeKeyCommand);

program
  .command('schema')
  .description('print the GraphQL SDL, or write it to schema/schema.graphql')
  .option('--write', 'write schema/schema.graphql', false)
  .action(schemaCommand);

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}
function parseRate(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a rate between 0 and 1');
  return n;
}

program.parseAsync(process.argv).catch((error: Error) => {
  if (error instanceof ConfigError || error instanceof RedisNotInstalledError) {
    process.stderr.write(`hub: ${error.message}\n`);
  } else {
    logger.error({ err: error }, 'hub failed');
    process.stderr.write(`hub: ${error.message}\n`);
  }
  process.exit(1);
});
