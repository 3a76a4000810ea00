import { HttpClient, HttpStatusError } from '../shared/http-client';
import { fetchReadablePage, jsonPageReader } from '../shared/readable-page';
import { ENTERPRISES, EnterprisePage } from './streams';

export interface PageRequest {
  updatedSince?: string;
  cursor?: string;
  limit: number;
}

/** Raised when the API says the cursor expired (HTTP 410): the window must restart. */
export class CursorExpiredError extends Error {}

/**
 * The enterprise registry API (SPEC §1): `GET {base}/enterprises` with cursor paging. A page whose
 * body is not the documented JSON is fetched again, then reported as unreadable (readable-page.ts).
 */
export class EnterpriseClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string,
  ) {}

  pageUrl(request: PageRequest): string {
    const url = new URL(`${this.baseUrl}/enterprises`);
    if (request.updatedSince) url.searchParams.set('updated_since', request.updatedSince);
    if (request.cursor) url.searchParams.set('cursor', request.cursor);
    url.searchParams.set('limit', String(request.limit));
    return url.toString();
  }

  async fetchPage(request: PageRequest, signal?: AbortSignal): Promise<EnterprisePage> {
    try {
      return await fetchReadablePage(this.http, {
        stream: ENTERPRISES,
        url: this.pageUrl(request),
        accept: 'application/json',
        read: jsonPageReader(EnterprisePage, 'an enterprise page'),
        signal,
      });
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 410)
        throw new CursorExpiredError(error.message);
      throw error;
    }
  }
}
