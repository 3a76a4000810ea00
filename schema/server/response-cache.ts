import type { Pool } from 'pg';
import type { Identity } from '../../src/access/identity';
import type { HubContext } from '../context';

/**
 * Read-only questions whose answers change only when a sync, a coverage run or an audited change
 * commits.
 */
export const CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  'coverage',
  'gaps',
  'jointCoverageCandidates',
  'venueSummary',
  'jointMeetings',
]);
/** Responses kept per process (least recently used go first). */
export const RESPONSE_CACHE_CAPACITY = 1000;
/** HTTP renderings kept per response (one per distinct `Accept` header). */
const RENDERINGS_PER_ENTRY = 4;

/** A response exactly as Apollo sent it over HTTP, replayed byte for byte on a hit. */
export interface HttpRendering {
  status: number;
  headers: Array<[string, string]>;
  /** The ETag Express computed for the body, if it computes them. */
  etag?: string;
  body: Buffer;
  /** Rows the answer returns (audited on each replay). */
  rows: number | null;
}

interface Entry {
  requestKey: string;
  /** Until a rendering holds it (then read back from the rendering's body, which is `{"data":…}`). */
  data?: Record<string, unknown>;
  /** By the request's `Accept` header (which picks the content type). */
  renderings: Map<string, HttpRendering>;
}

/** What one request learnt about the cache on its way through Apollo. */
export interface CacheRequestState {
  /** Data version read for this request (after it arrived) by the HTTP handler, if it did. */
  version?: string;
  /** The cache key of a cacheable operation, and its request key (version aside). */
  key?: string;
  requestKey?: string;
  /** The response carries exactly the cached data of `key` (a hit, or just stored). */
  cached?: boolean;
  /** Rows the answer returned (for the audit trail of its replays). */
  rows?: number | null;
}

/**
 * Whole responses of dashboard questions per data version: the newest sync run, rollup rebuild
 * and audited change (merges, splits, meetings). Any of them changes the version, so a cached
 * answer is never older than the data committed before the request arrived. Per process.
 *
 * The key is the data version, the operation name, the query text and the variables as the
 * client sent them. Entries hold the HTTP renderings Apollo produced, which the HTTP handler
 * replays without entering Apollo, and the result data for Apollo's own pipeline (read back from
 * a rendering once there is one, so an answer is kept once).
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  /**
   * Request keys (version aside) with at least one entry: only these are worth a version read
   * before Apollo.
   */
  private readonly requestKeys = new Map<string, number>();
  private readonly versions: VersionReader;

  constructor(
    pool: Pool,
    readonly capacity = RESPONSE_CACHE_CAPACITY,
  ) {
    this.versions = new VersionReader(pool);
  }

  /** The current data version, read by a query that starts after this call. */
  dataVersion(): Promise<string> {
    return this.versions.read();
  }

  /** Whether some version of this request's answer is cached (so a hit is possible). */
  known(requestKey: string): boolean {
    return this.requestKeys.has(requestKey);
  }

  data(key: string): Record<string, unknown> | undefined {
    const entry = this.touch(key);
    if (!entry) return undefined;
    if (entry.data) return entry.data;
    const rendering = entry.renderings.values().next().value!;
    return (JSON.parse(rendering.body.toString('utf8')) as { data: Record<string, unknown> }).data;
  }

  rendering(key: string, accept: string): HttpRendering | undefined {
    return this.touch(key)?.renderings.get(accept);
  }

  store(key: string, requestKey: string, data: Record<string, unknown>): void {
    if (this.entries.has(key)) return;
    this.entries.set(key, { requestKey, data, renderings: new Map() });
    this.requestKeys.set(requestKey, (this.requestKeys.get(requestKey) ?? 0) + 1);
    while (this.entries.size > this.capacity) this.evict(this.entries.keys().next().value!);
  }

  storeRendering(key: string, accept: string, rendering: HttpRendering): void {
    const entry = this.entries.get(key);
    if (!entry || entry.renderings.has(accept) || entry.renderings.size >= RENDERINGS_PER_ENTRY)
      return;
    entry.renderings.set(accept, rendering);
    entry.data = undefined; // the bytes say the same: keep one copy
  }

  private touch(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // most recently used goes last
      this.entries.set(key, entry);
    }
    return entry;
  }

  private evict(key: string): void {
    const entry = this.entries.get(key)!;
    this.entries.delete(key);
    const left = (this.requestKeys.get(entry.requestKey) ?? 1) - 1;
    if (left > 0) this.requestKeys.set(entry.requestKey, left);
    else this.requestKeys.delete(entry.requestKey);
  }
}

/** The cache state of a request, kept on its context (Apollo copies the context object shallowly). */
export function cacheStateOf(context: HubContext): CacheRequestState {
  return (context.responseCache ??= {});
}

/**
 * The key of a request, version aside: the identity's view, operation name, query text and
 * variables as sent.
 */
export function requestKeyOf(
  view: string,
  operationName: string | null | undefined,
  query: string,
  variables: unknown,
): string {
  return `${view}|${operationName ?? ''}|${query}|${JSON.stringify(variables ?? {})}`;
}

/**
 * What an identity may see of an answer: its role (which fields are masked) and its region. Two
 * identities with the same view get the same answers, so they share cached responses.
 */
export function viewOf(identity: Identity): string {
  return `${identity.role}@${identity.region ?? ''}`;
}

export function cacheKeyOf(version: string, requestKey: string): string {
  return `${version}|${requestKey}`;
}

/**
 * Reads the data version with one small query, shared by the requests that wait for it: a caller
 * joins a query not yet sent, never one already in flight (that one might have read its snapshot
 * before the caller arrived), so every caller sees every change committed before it called.
 * Under load this makes one version query per round trip instead of one per request.
 */
class VersionReader {
  private inFlight: Promise<string> | null = null;
  private next: Promise<string> | null = null;

  constructor(private readonly pool: Pool) {}

  read(): Promise<string> {
    if (this.next) return this.next;
    if (!this.inFlight) return this.start();
    const settled = this.inFlight.then(
      () => undefined,
      () => undefined,
    );
    this.next = settled.then(() => {
      this.next = null;
      return this.start();
    });
    return this.next;
  }

  private start(): Promise<string> {
    const query = this.pool
      .query<{ v: string }>(
        `select coalesce((select max(refreshed_at)::text from coverage_rollup_state), '') || '/' ||
              coalesce((select max(id)::text from sync_run), '') || '/' || coalesce((select max(id)::text from audit_entry), '') as v`,
      )
      .then((result) => result.rows[0].v);
    this.inFlight = query;
    const clear = () => {
      if (this.inFlight === query) this.inFlight = null;
    };
    query.then(clear, clear);
    return query;
  }
}
