import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { bearerAuth } from './auth';
import { fillInboxes, type DropSource } from './drop-inboxes';
import { EnterpriseIndex } from './enterprise-index';
import { mountMarketRegulation } from './market-regulation-routes';
import { FaultInjector, type RandomFaults, type ScriptedFault } from './scripted-faults';
import { virtualClock } from './virtual-clock';
import { mountTax, TaxIndex } from './tax-routes';
import { mountPartyOrg, PartyOrgIndex } from './party-org-routes';
import { mountTradeUnion, UnionFile } from './trade-union-routes';
import { applyDelta, type DeltaOptions, type DeltaSummary } from './apply-delta';

/** Options of {@link startSandboxRegistries}. */
export interface SandboxOptions {
  /** A directory written by generateProvince (holds feeds/ and manifest.json). */
  dataDir: string;
  /** 0 = ephemeral (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Bearer token every route requires; default `sandbox-token`. */
  token?: string;
  /** Where drop files are copied; default `dataDir/inbox`. */
  inboxRoot?: string;
  /** Random faults at `rate` per request (seeded), on top of scripted ones. */
  faults?: RandomFaults;
  /** The sandbox clock; default: the data's `now` plus real elapsed time (see virtual-clock.ts). */
  now?: () => Date;
}

/** A running sandbox: its URL, inboxes, fault script and counters. */
export interface SandboxRegistries {
  url: string;
  token: string;
  /** Base URL of a department: `${url}/${source}` (a client calls `${feedUrl}/enterprises`). */
  feedUrl(source: string): string;
  inboxes: Record<DropSource, string>;
  /**
   * Queues faults for the next requests of one path (e.g. `/market-regulation/enterprises`; `*` =
   * any).
   */
  injectFaults(path: string, faults: ScriptedFault[]): void;
  /** Requests seen per path (all of them, including faulted and unauthorised ones). */
  requests: Record<string, number>;
  /** Faults served so far (scripted and random), by kind. */
  faultsInjected: Record<string, number>;
  /** Writes a delta of changed enterprises stamped with the sandbox clock and serves it. */
  applyDelta(options: Omit<DeltaOptions, 'at'>): Promise<DeltaSummary>;
  now(): Date;
  close(): Promise<void>;
}

function manifestNow(dataDir: string): number | null {
  const path = join(dataDir, 'manifest.json');
  if (!existsSync(path)) return null;
  const now = (JSON.parse(readFileSync(path, 'utf8')) as { now?: string }).now;
  return now ? Date.parse(now) : null;
}

/**
 * Serves a generated province as the five http feeds of SPEC (market regulation, tax, Party
 * roster, union roster) and fills the drop inboxes (civil affairs, statistics, federation).
 */
export async function startSandboxRegistries(options: SandboxOptions): Promise<SandboxRegistries> {
  const { dataDir } = options;
  const token = options.token ?? 'sandbox-token';
  const now = options.now ?? virtualClock(manifestNow(dataDir));
  const feeds = join(dataDir, 'feeds');
  const inboxes = fillInboxes(dataDir, options.inboxRoot ?? join(dataDir, 'inbox'));
  let enterprises = await EnterpriseIndex.load(join(feeds, 'market-regulation'));
  const tax = await TaxIndex.load(join(feeds, 'tax', 'periods'));
  const partyOrgs = await PartyOrgIndex.load(
    join(feeds, 'party-org', 'party-orgs.ndjson'),
    'updated_at',
  );
  const distribution = await PartyOrgIndex.load(
    join(feeds, 'party-org', 'member-distribution.ndjson'),
    'as_of',
  );
  const unions = await UnionFile.load(join(feeds, 'trade-union', 'unions.csv'));
  const faults = new FaultInjector(options.faults);
  const requests: Record<string, number> = {};

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((req: Request, _res: Response, next: NextFunction) => {
    requests[req.path] = (requests[req.path] ?? 0) + 1;
    next();
  });
  app.use(bearerAuth(token));
  app.use(faults.middleware());
  const router = express.Router();
  mountMarketRegulation(router, () => enterprises, now);
  mountTax(router, tax);
  mountPartyOrg(router, partyOrgs, distribution, now);
  mountTradeUnion(router, unions);
  app.use(router);
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'no such route' });
  });

  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(options.port ?? 0, host, (err?: Error) =>
      err ? reject(err) : resolve(s),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  return {
    url,
    token,
    feedUrl: (source: string) => `${url}/${source}`,
    inboxes,
    injectFaults: (path, list) => faults.inject(path, list),
    requests,
    faultsInjected: faults.injected,
    now,
    applyDelta: async (delta) => {
      const summary = await applyDelta(dataDir, { ...delta, at: now() });
      const fresh = await EnterpriseIndex.load(join(feeds, 'market-regulation'));
      const old = enterprises;
      enterprises = fresh;
      old.close();
      return summary;
    },
    close: async () => {
      faults.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      enterprises.close();
      tax.close();
      partyOrgs.close();
      distribution.close();
    },
  };
}
