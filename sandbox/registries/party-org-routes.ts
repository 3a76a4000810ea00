import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { Request, Response, Router } from 'express';
import { extractJsonString, scanLines } from './line-scanner';
import { sendBody } from './scripted-faults';
import { cstIso } from './virtual-clock';

/** Items per page of the Party roster routes. */
export const PARTY_PAGE_SIZE = 500;

/** Line index of one Party roster file, ordered by its time field (updated_at or as_of). */
export class PartyOrgIndex {
  private constructor(
    private readonly fd: number | null,
    private readonly times: Float64Array,
    private readonly offsets: Float64Array,
    private readonly lengths: Uint32Array,
    private readonly order: Uint32Array,
  ) {}

  /** @param timeField `updated_at` (ISO date-time) or `as_of` (date, taken at 00:00 +08:00) */
  static async load(path: string, timeField: string): Promise<PartyOrgIndex> {
    if (!existsSync(path))
      return new PartyOrgIndex(
        null,
        new Float64Array(0),
        new Float64Array(0),
        new Uint32Array(0),
        new Uint32Array(0),
      );
    const times: number[] = [];
    const offsets: number[] = [];
    const lengths: number[] = [];
    await scanLines(path, (buf, s, e, o) => {
      const raw = extractJsonString(buf, s, e, timeField) ?? '';
      const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00+08:00` : raw);
      times.push(Number.isNaN(t) ? 0 : t);
      offsets.push(o);
      lengths.push(e - s);
    });
    const order = new Uint32Array(times.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => times[a] - times[b] || a - b);
    return new PartyOrgIndex(
      openSync(path, 'r'),
      Float64Array.from(times),
      Float64Array.from(offsets),
      Uint32Array.from(lengths),
      order,
    );
  }

  /** First rank with time ≥ since. */
  firstSince(since: number): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[this.order[mid]] < since) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get size(): number {
    return this.order.length;
  }

  lineAt(rank: number): string {
    const i = this.order[rank];
    const buf = Buffer.allocUnsafe(this.lengths[i]);
    if (this.fd !== null) readSync(this.fd, buf, 0, buf.length, this.offsets[i]);
    return buf.toString('utf8');
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
  }
}

function pagedRoute(index: PartyOrgIndex, now: () => Date) {
  return (req: Request, res: Response): void => {
    const { since, page } = req.query;
    let from = 0;
    if (since !== undefined && since !== '') {
      const t = typeof since === 'string' ? Date.parse(since) : NaN;
      if (Number.isNaN(t)) {
        res.status(400).json({ error: 'since must be an ISO-8601 date-time' });
        return;
      }
      from = index.firstSince(t);
    }
    const n =
      page === undefined ? 1 : typeof page === 'string' && /^\d+$/.test(page) ? Number(page) : NaN;
    if (!Number.isInteger(n) || n < 1) {
      res.status(400).json({ error: 'page must be a positive integer' });
      return;
    }
    const total = index.size - from;
    const pages = Math.ceil(total / PARTY_PAGE_SIZE);
    if (n > Math.max(1, pages)) {
      res.status(404).json({ error: `page ${n} beyond ${pages}` });
      return;
    }
    const lines: string[] = [];
    const start = from + (n - 1) * PARTY_PAGE_SIZE;
    for (let r = start; r < Math.min(index.size, start + PARTY_PAGE_SIZE); r++)
      lines.push(index.lineAt(r));
    const body =
      `{"items":[${lines.join(',')}],"page":${n},"pages":${pages},` +
      `"server_time":${JSON.stringify(cstIso(now()))}}`;
    sendBody(res, 200, 'application/json; charset=utf-8', body);
  };
}

/**
 * `GET /party-org/party-orgs?since=&page=` and `GET /party-org/member-distribution?since=&page=`
 * (SPEC §6).
 */
export function mountPartyOrg(
  router: Router,
  orgs: PartyOrgIndex,
  distribution: PartyOrgIndex,
  now: () => Date,
): void {
  router.get('/party-org/party-orgs', pagedRoute(orgs, now));
  router.get('/party-org/member-distribution', pagedRoute(distribution, now));
}
