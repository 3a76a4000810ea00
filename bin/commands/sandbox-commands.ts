import { generateProvince } from '../../sandbox/generator';
import { shutdownSignal } from '../../src/runtime/shutdown-signal';
import { startSandboxRegistries } from '../../sandbox/registries';

/** `hub gen`: writes a ground-truth province and its seven feeds. */
export async function genCommand(options: {
  orgs: number;
  seed: number;
  out: string;
  noise: string;
}): Promise<void> {
  const started = Date.now();
  let lastShown = 0;
  const summary = await generateProvince({
    orgs: options.orgs,
    seed: options.seed,
    outDir: options.out,
    noise: options.noise as 'default',
    onProgress: (done, total) => {
      if (Date.now() - lastShown < 1000 && done < total) return;
      lastShown = Date.now();
      process.stderr.write(`  generated ${done} / ${total} organizations\n`);
    },
  });
  process.stdout.write(
    `${JSON.stringify(summary, null, 2)}\nwritten to ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

/** `hub sandbox`: serves a generated province until interrupted, printing the feed settings to use. */
export async function sandboxCommand(options: {
  data: string;
  port: number;
  faults: number;
  networkFaults: boolean;
  faultSeed: number;
}): Promise<void> {
  const faults = { rate: options.faults, seed: options.faultSeed, network: options.networkFaults };
  const sandbox = await startSandboxRegistries({
    dataDir: options.data,
    port: options.port,
    faults,
  });
  const lines = [
    `sandbox registries at ${sandbox.url} (token: ${sandbox.token})`,
    `export HUB_FEED_MARKET_REGULATION_URL=${sandbox.feedUrl('market-regulation')} HUB_FEED_MARKET_REGULATION_TOKEN=${sandbox.token}`,
    `export HUB_FEED_TAX_URL=${sandbox.feedUrl('tax')} HUB_FEED_TAX_TOKEN=${sandbox.token}`,
    `export HUB_FEED_PARTY_ORG_URL=${sandbox.feedUrl('party-org')} HUB_FEED_PARTY_ORG_TOKEN=${sandbox.token}`,
    `export HUB_FEED_TRADE_UNION_URL=${sandbox.feedUrl('trade-union')} HUB_FEED_TRADE_UNION_TOKEN=${sandbox.token}`,
    `export HUB_FEED_CIVIL_AFFAIRS_INBOX=${sandbox.inboxes['civil-affairs']}`,
    `export HUB_FEED_STATISTICS_INBOX=${sandbox.inboxes.statistics}`,
    `export HUB_FEED_FEDERATION_INBOX=${sandbox.inboxes.federation}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await shutdownSignal();
  await sandbox.close();
}
