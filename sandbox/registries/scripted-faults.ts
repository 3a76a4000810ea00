import type { NextFunction, Request, Response } from 'express';
import { Rng } from '../generator/rng';

/** A fault a test scripts for the next request(s) of one route, consumed in order. */
export type ScriptedFault =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 | 502 | 503 }
  | { status: 410 }
  | { delayMs: number }
  | { brokenBody: true }
  /** The connection reset before any answer (`before`) or halfway through the body (`body`). */
  | { reset: 'before' | 'body' }
  /** No answer at all: the request is held until the client gives up (a timeout), at most `ms`. */
  | { hangMs: number };

/** Kinds of random fault: HTTP answers only, or network failures (resets, hangs) too. */
export interface RandomFaults {
  rate: number;
  seed?: number;
  /** Add connection resets and requests left unanswered (client timeouts) to the random kinds. */
  network?: boolean;
}

/** How long an unanswered request is held at most (clients time out well before). */
const HANG_MS = 120_000;

/** Per-response flags the route handlers honour. */
export interface FaultLocals {
  brokenBody?: boolean;
  /** Reset the connection once half the body is sent. */
  resetBody?: boolean;
}

/**
 * Scripted and random faults, applied before normal handling (like a gateway in front of the
 * department): a scripted queue per path first, then, at `rate`, a seeded random one.
 */
export class FaultInjector {
  private readonly queues = new Map<string, ScriptedFault[]>();
  private readonly rng: Rng | null;
  private readonly timers = new Set<NodeJS.Timeout>();

  private readonly rate: number;
  private readonly network: boolean;

  constructor(random: RandomFaults = { rate: 0 }) {
    this.rate = random.rate;
    this.network = random.network ?? false;
    this.rng = random.rate > 0 ? new Rng(random.seed ?? 1) : null;
  }

  /**
   * Queues faults for requests whose path equals `path` (e.g. `/market-regulation/enterprises`), or
   * `*` for any.
   */
  inject(path: string, faults: ScriptedFault[]): void {
    const queue = this.queues.get(path) ?? [];
    queue.push(...faults);
    this.queues.set(path, queue);
  }

  /** Faults applied so far, by kind (`429`, `503`, `reset-body`, `hang`, `delay`, …). */
  readonly injected: Record<string, number> = {};

  private take(req: Request): ScriptedFault | null {
    for (const key of [req.path, '*']) {
      const queue = this.queues.get(key);
      if (queue && queue.length > 0) return queue.shift() ?? null;
    }
    if (!this.rng || !this.rng.chance(this.rate)) return null;
    const kinds: ScriptedFault[] = [
      { status: 429, retryAfterSeconds: 1 },
      { status: 500 },
      { status: 502 },
      { status: 503 },
      { delayMs: this.rng.int(100, 3000) },
      { brokenBody: true },
    ];
    if (this.network) kinds.push({ reset: 'before' }, { reset: 'body' }, { hangMs: HANG_MS });
    // An expired cursor only makes sense where there is a cursor.
    if (typeof req.query.cursor === 'string') kinds.push({ status: 410 });
    return this.rng.pick(kinds);
  }

  /** Express middleware applying the next fault for the request, if any. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const fault = this.take(req);
      if (!fault) return next();
      const kind = faultKind(fault);
      this.injected[kind] = (this.injected[kind] ?? 0) + 1;
      if ('delayMs' in fault) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          if (!res.headersSent && !req.socket.destroyed) next();
        }, fault.delayMs);
        this.timers.add(timer);
        return;
      }
      if ('reset' in fault) {
        if (fault.reset === 'before') {
          req.socket.resetAndDestroy();
          return;
        }
        (res.locals as FaultLocals).resetBody = true;
        return next();
      }
      if ('hangMs' in fault) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          req.socket.destroy();
        }, fault.hangMs);
        this.timers.add(timer);
        req.socket.once('close', () => {
          clearTimeout(timer);
          this.timers.delete(timer);
        });
        return;
      }
      if ('brokenBody' in fault) {
        (res.locals as FaultLocals).brokenBody = true;
        return next();
      }
      if (fault.status === 429) res.setHeader('Retry-After', String(fault.retryAfterSeconds));
      const message =
        fault.status === 429
          ? 'rate limited'
          : fault.status === 410
            ? 'gone: cursor expired, restart the window'
            : 'injected failure';
      res.status(fault.status).json({ error: message, injected: true });
    };
  }

  /** Cancels pending delays (on close). */
  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

/**
 * Sends a body, cut in half when the request drew a broken-body fault (Content-Length matches the
 * cut).
 */
export function sendBody(
  res: Response,
  status: number,
  contentType: string,
  body: string | Buffer,
): void {
  let buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const locals = res.locals as FaultLocals;
  if (locals.brokenBody) buf = buf.subarray(0, Math.floor(buf.length / 2));
  res.status(status).setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', String(buf.length));
  if (locals.resetBody) {
    res.write(buf.subarray(0, Math.floor(buf.length / 2)), () => res.socket?.resetAndDestroy());
    return;
  }
  res.end(buf);
}

/** A fault's kind as counted in {@link FaultInjector.injected}. */
function faultKind(fault: ScriptedFault): string {
  if ('status' in fault) return String(fault.status);
  if ('reset' in fault) return `reset-${fault.reset}`;
  if ('hangMs' in fault) return 'hang';
  if ('delayMs' in fault) return 'delay';
  return 'broken-body';
}
