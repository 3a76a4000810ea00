import type { HttpClient } from '../shared/http-client';
import { fetchReadablePage, jsonPageReader } from '../shared/readable-page';
import { RosterPage } from './streams';

/** Which page of which stream, changed since when. */
export interface RosterPageRequest {
  /** `party-orgs` or `member-distribution`: also the endpoint's path. */
  stream: string;
  since?: string;
  page: number;
}

/**
 * The Party organization roster API (SPEC §6): `GET {base}/{stream}?since&page`, JSON pages
 * `{items, page, pages, server_time}`. A body that is not such a page (or is another page than
 * the one asked for) is fetched again, then quarantined.
 */
export class RosterClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string,
  ) {}

  pageUrl(request: RosterPageRequest): string {
    const url = new URL(`${this.baseUrl}/${request.stream}`);
    if (request.since) url.searchParams.set('since', request.since);
    url.searchParams.set('page', String(request.page));
    return url.toString();
  }

  async fetchPage(request: RosterPageRequest, signal?: AbortSignal): Promise<RosterPage> {
    const readPage = jsonPageReader(RosterPage, `a ${request.stream} page`);
    const read = (text: string) => {
      const reading = readPage(text);
      if ('page' in reading && reading.page.page !== request.page)
        return { problem: `asked for page ${request.page}, got page ${reading.page.page}` };
      return reading;
    };
    return fetchReadablePage(this.http, {
      stream: request.stream,
      url: this.pageUrl(request),
      accept: 'application/json',
      read,
      signal,
    });
  }
}
