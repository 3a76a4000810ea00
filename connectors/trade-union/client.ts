import { downloadToTempFile, type DownloadedFile } from '../shared/file-download';
import type { HttpClient } from '../shared/http-client';
import { BROKEN_PAGE_ATTEMPTS, isCutBody, pauseBeforeRefetch } from '../shared/readable-page';

/** The roster as downloaded, or the server's word that it has not changed (HTTP 304). */
export type RosterDownload =
  | { notModified: true }
  | {
      notModified: false;
      url: string;
      /** The `ETag` as the server sent it (quotes included), to send back in `If-None-Match`. */
      etag?: string;
      file: DownloadedFile;
      /** False when the body is empty or has no final line break even after re-downloading. */
      whole: boolean;
    };

/**
 * The union roster API (SPEC §7): `GET {base}/unions.csv`, conditional on the saved ETag. The body
 * goes to a temporary file first; an empty or cut body (no final line break) is downloaded again,
 * like a broken page, and then reported as not whole. A body whose end nothing marks must be
 * downloaded twice alike.
 */
export class UnionRosterClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string,
  ) {}

  rosterUrl(): string {
    return `${this.baseUrl}/unions.csv`;
  }

  async fetchRoster(etag: string | undefined, signal?: AbortSignal): Promise<RosterDownload> {
    const url = this.rosterUrl();
    const headers: Record<string, string> = { accept: 'text/csv' };
    if (etag) headers['if-none-match'] = etag;
    // An unmarked body (HTTP/1.0, no length, not chunked) ends where the connection does, so a
    // reset at a line break looks whole: such a roster counts once two downloads agree.
    let unconfirmed: DownloadedFile | undefined;
    let broken = 0;
    let unmarked = 0;
    try {
      for (;;) {
        const response = await this.http.get(url, { headers, accept: [304], signal });
        if (response.status === 304) {
          await response.body.dump();
          return { notModified: true };
        }
        let file: DownloadedFile;
        try {
          file = await downloadToTempFile(response.body, 'hub-trade-union');
        } catch (error) {
          if (!isCutBody(error) || ++broken >= BROKEN_PAGE_ATTEMPTS || signal?.aborted) throw error;
          await pauseBeforeRefetch(this.http, broken);
          continue;
        }
        const looksWhole = file.bytes > 0 && file.endsWithLineBreak;
        const confirmed = !unmarkedEnd(response.headers) || unconfirmed?.sha256 === file.sha256;
        if (!looksWhole) broken++;
        else if (!confirmed) unmarked++;
        const header = response.headers.etag;
        if (
          (looksWhole && confirmed) ||
          broken >= BROKEN_PAGE_ATTEMPTS ||
          unmarked >= BROKEN_PAGE_ATTEMPTS
        ) {
          const whole = looksWhole && confirmed;
          return {
            notModified: false,
            url,
            etag: Array.isArray(header) ? header[0] : header,
            file,
            whole,
          };
        }
        await unconfirmed?.dispose();
        unconfirmed = looksWhole ? file : undefined;
        if (!looksWhole) await file.dispose();
        await pauseBeforeRefetch(this.http, broken + unmarked);
      }
    } finally {
      await unconfirmed?.dispose();
    }
  }
}

/** True when nothing marks where the body ends (no Content-Length, not chunked): only the close. */
function unmarkedEnd(headers: Record<string, string | string[] | undefined>): boolean {
  const encoding = headers['transfer-encoding'];
  return headers['content-length'] === undefined && !/chunked/i.test(String(encoding ?? ''));
}
