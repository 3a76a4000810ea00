import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Request, Response, Router } from 'express';
import type { FaultLocals } from './scripted-faults';

/** The union roster file with its strong ETag (SHA-256 of the bytes). */
export class UnionFile {
  private constructor(
    readonly path: string,
    readonly etag: string | null,
    readonly size: number,
  ) {}

  static async load(path: string): Promise<UnionFile> {
    if (!existsSync(path)) return new UnionFile(path, null, 0);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return new UnionFile(path, `"${hash.digest('hex')}"`, statSync(path).size);
  }
}

/** True when an If-None-Match header matches the ETag (a list, or `*`). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t === etag);
}

/**
 * `GET /trade-union/unions.csv` (SPEC §7): UTF-8 with BOM, strong ETag, 304 on a matching
 * If-None-Match.
 */
export function mountTradeUnion(router: Router, file: UnionFile): void {
  router.get('/trade-union/unions.csv', (req: Request, res: Response) => {
    if (!file.etag) {
      res.status(404).json({ error: 'no union roster' });
      return;
    }
    res.setHeader('ETag', file.etag);
    if (matches(req.headers['if-none-match'], file.etag)) {
      res.status(304).end();
      return;
    }
    const broken = (res.locals as FaultLocals).brokenBody === true;
    const length = broken ? Math.floor(file.size / 2) : file.size;
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Length', String(length));
    if (length === 0) {
      res.end();
      return;
    }
    if ((res.locals as FaultLocals).resetBody) {
      // Half the file, then the connection reset under the client's feet.
      const half = createReadStream(file.path, {
        start: 0,
        end: Math.max(0, Math.floor(length / 2) - 1),
      });
      half.on('end', () => res.socket?.resetAndDestroy());
      half.pipe(res, { end: false });
      return;
    }
    createReadStream(file.path, { start: 0, end: length - 1 }).pipe(res);
  });
}
