import { HttpClient, HttpStatusError } from '../shared/http-client';
import { UnreadableOriginError } from '../shared/connector';
import { ENTERPRISES, EnterprisePage } from './streams';

export interface PageRequest {
  updatedSince?: string;
  cursor?: string;
  limit: number;
}

/** Raised when the API says the cursor expired (HTTP 410): the window must restart. */
export class CursorExpiredError extends Error {}

const BROKEN_PAGE_ATTEMPTS = 3;

/**
 * The enterprise registry API (SPEC §1): `GET {base}/enterprises` with cursor paging. A page whose
 * body is not the documented JSON is fetched again (it is usually a cut connection); after three
 * tries it is reported as unreadable.
 */
export class EnterpriseClient {
  constructor(private readonly http: HttpClient, private readonly baseUrl: string) {}

  pageUrl(request: PageRequest): string {
    const url = new URL(`${this.baseUrl}/enterprises`);
    if (request.updatedSince) url.searchParams.set('updated_since', request.updatedSince);
    if (request.cursor) url.searchParams.set('cursor', request.cursor);
    url.searchParams.set('limit', String(request.limit));
    return url.toString();
  }

  async fetchPage(request: PageRequest, signal?: AbortSignal): Promise<EnterprisePage> {
    const url = this.pageUrl(request);
    let problem = '';
    let excerpt = '';
    for (let attempt = 1; attempt <= BROKEN_PAGE_ATTEMPTS; attempt++) {
      let text: string;
      try {
        text = await (await this.http.get(url, { headers: { accept: 'application/json' }, signal })).body.text();
      } catch (error) {
        if (error instanceof HttpStatusError && error.status === 410) throw new CursorExpiredError(error.message);
        throw error;
      }
      try {
        const page = EnterprisePage.safeParse(JSON.parse(text));
        if (page.success) return page.data;
        problem = `not an enterprise page: ${page.error.issues[0].path.join('.')} ${page.error.issues[0].message}`;
      } catch (error) {
        problem = `invalid JSON: ${(error as Error).message}`;
      }
      excerpt = text.slice(0, 500);
      await new Promise((r) => setTimeout(r, this.http.policy.baseDelayMs * attempt));
    }
    throw new UnreadableOriginError(ENTERPRISES, url, 'unreadable-page', problem, excerpt);
  }
}
