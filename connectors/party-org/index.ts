import { z } from 'zod';
import { parseInstant } from '../../src/canonical/dates';
import type { Batch, MappedRecord, Rejection } from '../../src/landing/batch';
import { isRejection } from '../../src/landing/batch';
import type { Connector, PullContext } from '../shared/connector';
import { HttpClient } from '../shared/http-client';
import { pagesInOrder } from '../shared/page-window';
import { RosterClient } from './client';
import { PartyOrgConfig } from './config';
import { mapMemberDistribution, mapPartyOrg } from './mapping';
import { MEMBER_DISTRIBUTION, PARTY_ORGS } from './streams';

/**
 * Checkpoint of one roster stream: where the next window starts (`since`), or a window in progress
 * with its last landed page and its first page's `server_time`. An unreadable checkpoint counts as
 * none: re-reading the roster is idempotent.
 */
const RosterCheckpoint = z.object({
  since: z.string().optional(),
  window: z
    .object({ since: z.string().optional(), page: z.number().int().min(1), serverTime: z.string() })
    .optional(),
});

type RosterCheckpoint = z.infer<typeof RosterCheckpoint>;

const MAPPERS: Record<string, (raw: unknown, position: string) => MappedRecord | Rejection> = {
  [PARTY_ORGS]: mapPartyOrg,
  [MEMBER_DISTRIBUTION]: mapMemberDistribution,
};

/**
 * Party organization roster (组织部门): Party organizations and member distribution, each paged and
 * incremental by `since`. A window asks `since` = the previous window's first `server_time` minus
 * `overlapSeconds`; each page is one batch whose checkpoint resumes the window at the next page.
 */
export const partyOrgConnector: Connector = {
  source: 'party-org',
  streams: [PARTY_ORGS, MEMBER_DISTRIBUTION],
  async *pull(context: PullContext): AsyncIterable<Batch> {
    const config = PartyOrgConfig.parse({
      url: context.feed.url,
      token: context.feed.token,
      ...context.feed.options,
    });
    const http = new HttpClient(config.token, config.http);
    const client = new RosterClient(http, config.url);
    try {
      for (const stream of [PARTY_ORGS, MEMBER_DISTRIBUTION]) {
        const saved = RosterCheckpoint.safeParse(
          context.full ? {} : (context.checkpoints[stream] ?? {}),
        );
        yield* pullStream(client, stream, saved.success ? saved.data : {}, config, context.signal);
      }
    } finally {
      await http.close();
    }
  },
};

async function* pullStream(
  client: RosterClient,
  stream: string,
  saved: RosterCheckpoint,
  { overlapSeconds, pagesAhead }: PartyOrgConfig,
  signal?: AbortSignal,
): AsyncGenerator<Batch> {
  const since = saved.window ? saved.window.since : saved.since;
  let serverTime = saved.window?.serverTime;
  const pages = pagesInOrder(
    (saved.window?.page ?? 0) + 1,
    (page) => client.fetchPage({ stream, since, page }, signal),
    pagesAhead,
  );
  for await (const { page, result } of pages) {
    const request = { stream, since, page };
    serverTime ??= result.server_time;
    const mapped = result.items.map((raw, index) => MAPPERS[stream](raw, String(index)));
    const last = page >= result.pages;
    const checkpoint: RosterCheckpoint = last
      ? {
          since: new Date(
            parseInstant(serverTime)!.getTime() - overlapSeconds * 1000,
          ).toISOString(),
        }
      : { since: saved.since, window: { since, page, serverTime } };
    yield {
      stream,
      origin: client.pageUrl(request),
      records: mapped.filter((m) => !isRejection(m)),
      rejections: mapped.filter(isRejection),
      checkpoint,
    } as Batch;
  }
}
