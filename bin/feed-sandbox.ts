import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeedConfig, HubConfig } from '../src/config/hub-config';
import { SOURCE_IDS, type SourceId } from '../src/model/feeds';
import { logger } from '../src/runtime/logger';
import { generateProvince } from '../sandbox/generator';
import { startSandboxRegistries } from '../sandbox/registries';

/** The sandbox registries a hub process runs for the feeds nobody configured. */
export interface FeedSandbox {
  url: string;
  dataDir: string;
  /** The feeds with every unconfigured one pointed at the sandbox. */
  fill(feeds: Record<SourceId, FeedConfig>): Record<SourceId, FeedConfig>;
  close(): Promise<void>;
}

/**
 * Generates a sandbox province under `<home>/sandbox/<orgs>-<seed>` once (reused while the size and
 * seed stay the same) and serves it on a free loopback port.
 */
export async function startFeedSandbox(config: HubConfig): Promise<FeedSandbox> {
  const dataDir = resolve(config.homeDir, 'sandbox', `${config.sandboxOrgs}-${config.sandboxSeed}`);
  const manifest = resolve(dataDir, 'manifest.json');
  if (!existsSync(manifest)) {
    logger.info(
      { orgs: config.sandboxOrgs, seed: config.sandboxSeed, dataDir },
      'generating the sandbox province',
    );
    await generateProvince({ orgs: config.sandboxOrgs, seed: config.sandboxSeed, outDir: dataDir });
  } else {
    logger.debug(
      { manifest: JSON.parse(readFileSync(manifest, 'utf8')) as unknown },
      'reusing the sandbox province',
    );
  }
  const registries = await startSandboxRegistries({ dataDir, port: 0 });
  logger.info({ url: registries.url }, 'sandbox registries serving the unconfigured feeds');
  return {
    url: registries.url,
    dataDir,
    fill: (feeds) =>
      Object.fromEntries(
        SOURCE_IDS.map((source) => {
          const feed = feeds[source];
          if (!feed.sandbox) return [source, feed];
          return [
            source,
            feed.transport === 'http'
              ? { ...feed, url: registries.feedUrl(source), token: registries.token }
              : { ...feed, inbox: registries.inboxes[source as keyof typeof registries.inboxes] },
          ];
        }),
      ) as Record<SourceId, FeedConfig>,
    close: () => registries.close(),
  };
}
