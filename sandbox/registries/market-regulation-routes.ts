import type { Request, Response, Router } from 'express';
import {
  CURSOR_TTL_MS,
  decodeCursor,
  encodeCursor,
  type EnterpriseCursor,
} from './enterprise-cursor';
import type { EnterpriseIndex } from './enterprise-index';
import { sendBody } from './scripted-faults';
import { cstIso } from './virtual-clock';

function badRequest(res: Response, error: string): void {
  res.status(400).json({ error });
}

/**
 * `GET /market-regulation/enterprises?updated_since=&cursor=&limit=` (SPEC §1): records ordered
 * by (updated_at, reg_id), `updated_at ≥ updated_since`, at most `limit` (1..1000, default 100).
 * A page's `server_time` is its window's upper bound: the next run passes it as updated_since.
 */
export function mountMarketRegulation(
  router: Router,
  index: () => EnterpriseIndex,
  now: () => Date,
): void {
  router.get('/market-regulation/enterprises', (req: Request, res: Response) => {
    const q = req.query;
    let limit = 100;
    if (q.limit !== undefined) {
      if (typeof q.limit !== 'string' || !/^\d+$/.test(q.limit))
        return badRequest(res, 'limit must be an integer 1..1000');
      limit = Number(q.limit);
      if (limit < 1 || limit > 1000) return badRequest(res, 'limit must be an integer 1..1000');
    }
    const nowMs = now().getTime();
    let cursor: EnterpriseCursor | null = null;
    if (q.cursor !== undefined && q.cursor !== '') {
      if (typeof q.cursor !== 'string') return badRequest(res, 'cursor must be a string');
      cursor = decodeCursor(q.cursor);
      if (!cursor) return badRequest(res, 'malformed cursor');
      if (nowMs - cursor.i > CURSOR_TTL_MS) {
        res.status(410).json({ error: 'cursor expired: restart the window with updated_since' });
        return;
      }
    }
    let since: number | null = null;
    if (!cursor && q.updated_since !== undefined && q.updated_since !== '') {
      if (typeof q.updated_since !== 'string' || Number.isNaN(Date.parse(q.updated_since))) {
        return badRequest(res, 'updated_since must be an ISO-8601 date-time');
      }
      since = Date.parse(q.updated_since);
    }
    const idx = index();
    const windowSince = cursor ? cursor.s : since;
    const until = cursor ? cursor.t : Math.floor(nowMs / 1000) * 1000;
    const start = cursor
      ? idx.lowerBound(cursor.u, cursor.r)
      : windowSince === null
        ? 0
        : idx.lowerBound(windowSince, null);
    const lines: string[] = [];
    let rank = start;
    for (; rank < idx.size && lines.length < limit; rank++) {
      if (idx.positionAt(rank).u > until) break;
      lines.push(idx.lineAt(rank));
    }
    const more = rank < idx.size && idx.positionAt(rank).u <= until;
    let next: string | null = null;
    if (more && lines.length > 0) {
      const last = idx.positionAt(rank - 1);
      next = encodeCursor({ u: last.u, r: last.id, s: windowSince, t: until, i: nowMs });
    }
    const body =
      `{"data":[${lines.join(',')}],"next_cursor":${JSON.stringify(next)},` +
      `"server_time":${JSON.stringify(cstIso(new Date(until)))}}`;
    sendBody(res, 200, 'application/json; charset=utf-8', body);
  });
}
