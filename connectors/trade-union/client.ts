import { downloadToTempFile, type DownloadedFile } from '../shared/file-download';
import type { HttpClient } from '../shared/http-client';
import { BROKEN_PAGE_ATTEMPTS } from '../shared/readable-page';

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
 * up to three times in all, like a broken page, and then reported as not whole.
 */
export class UnionRosterClient {
  constructor(private readonly http: HttpClient, private readonly baseUrl: string) {}

  rosterUrl(): string {
    return `${this.baseUrl}/unions.csv`;
  }

  async fetchRoster(etag: string | undefined, signal?: AbortSignal): Promise<RosterDownload> {
    const url = this.rosterUrl();
    const headers: Record<string, string> = { accept: 'text/csv' };
    if (etag) headers['if-none-match'] = etag;
    for (let attempt = 1; ; attempt++) {
      const response = await this.http.get(url, { headers, accept: [304], signal });
      if (response.status === 304) {
        await response.body.dump();
        return { notModified: true };
      }
      const file = await downloadToTempFile(response.body, 'hub-trade-union');
      const whole = file.bytes > 0 && file.endsWithLineBreak;
      const header = response.headers.etag;
      if (whole || attempt >= BROKEN_PAGE_ATTEMPTS) {
        return { notModified: false, url, etag: Array.isArray(header) ? header[0] : header, file, whole };
      }
      await file.dispose();
      await new Promise((resolve) => setTimeout(resolve, this.http.policy.baseDelayMs * attempt));
    }
  }
}
