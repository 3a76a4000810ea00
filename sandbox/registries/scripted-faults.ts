import type { NextFunction, Request, Response } from 'express';
import { Rng } from '../generator/rng';

/** A fault a test scripts for the next request(s) of one route, consumed in order. */
export type ScriptedFault =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 | 502 | 503 }
  | { status: 410 }
  | { delayMs: number }
  | { brokenBody: true };

/** Per-response flags the route handlers honour. */
export interface FaultLocals {
  brokenBody?: boolean;
}

/**
 * Scripted and random faults, applied before normal handling (like a gateway in front of the
 * department): a scripted queue per path first, then, at `rate`, a seeded random one.
 */
export class FaultInjector {
  private readonly queues = new Map<string, ScriptedFault[]>();
  private readonly rng: Rng | null;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly rate = 0, seed = 1) {
    this.rng = rate > 0 ? new Rng(seed) : null;
  }

  /** Queues faults for requests whose path equals `path` (e.g. `/market-regulation/enterprises`), or `*` for any. */
  inject(path: string, faults: ScriptedFault[]): void {
    const queue = this.queues.get(path) ?? [];
    queue.push(...faults);
    this.queues.set(path, queue);
  }

  private take(req: Request): ScriptedFault | null {
    for (const key of [req.path, '*']) {
      const queue = this.queues.get(key);
      if (queue && queue.length > 0) return queue.shift() ?? null;
    }
    if (!this.rng || !this.rng.chance(this.rate)) return null;
    const kinds: ScriptedFault[] = [
      { status: 429, retryAfterSeconds: 1 }, { status: 500 }, { status: 502 }, { status: 503 },
      { delayMs: this.rng.int(100, 3000) }, { brokenBody: true },
    ];
    // An expired cursor only makes sense where there is a cursor.
    if (typeof req.query.cursor === 'string') kinds.push({ status: 410 });
    return this.rng.pick(kinds);
  }

  /** Express middleware applying the next fault for the request, if any. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const fault = this.take(req);
      if (!fault) return next();
      if ('delayMs' in fault) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          if (!res.headersSent && !req.socket.destroyed) next();
        }, fault.delayMs);
        this.timers.add(timer);
        return;
      }
      if ('brokenBody' in fault) {
        (res.locals as FaultLocals).brokenBody = true;
        return next();
      }
      if (fault.status === 429) res.setHeader('Retry-After', String(fault.retryAfterSeconds));
      const message = fault.status === 429 ? 'rate limited' : fault.status === 410 ? 'gone: cursor expired, restart the window' : 'injected failure';
      res.status(fault.status).json({ error: message, injected: true });
    };
  }

  /** Cancels pending delays (on close). */
  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

/** Sends a body, cut in half when the request drew a broken-body fault (Content-Length matches the cut). */
export function sendBody(res: Response, status: number, contentType: string, body: string | Buffer): void {
  let buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  if ((res.locals as FaultLocals).brokenBody) buf = buf.subarray(0, Math.floor(buf.length / 2));
  res.status(status).setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', String(buf.length));
  res.end(buf);
}
