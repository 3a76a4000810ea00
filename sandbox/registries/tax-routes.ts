import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Router } from 'express';
import { XMLBuilder } from 'fast-xml-parser';
import { scanLines } from './line-scanner';
import { sendBody } from './scripted-faults';

/** Taxpayers per XML page (SPEC §4 sandbox page size). */
export const TAX_PAGE_SIZE = 500;

interface Period {
  fd: number;
  offsets: Float64Array;
  lengths: Uint32Array;
}

/** Line offsets of each `tax/periods/YYYYMM.ndjson`; pages are contiguous byte ranges. */
export class TaxIndex {
  private constructor(readonly periods: Map<string, Period>) {}

  static async load(dir: string): Promise<TaxIndex> {
    const periods = new Map<string, Period>();
    const names = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /^\d{6}\.ndjson$/.test(f))
          .sort()
      : [];
    for (const name of names) {
      const path = join(dir, name);
      const offsets: number[] = [];
      const lengths: number[] = [];
      await scanLines(path, (_buf, s, e, o) => {
        offsets.push(o);
        lengths.push(e - s);
      });
      periods.set(name.slice(0, 6), {
        fd: openSync(path, 'r'),
        offsets: Float64Array.from(offsets),
        lengths: Uint32Array.from(lengths),
      });
    }
    return new TaxIndex(periods);
  }

  /** Parsed taxpayer records of one page (1-based). */
  page(period: Period, page: number): Record<string, unknown>[] {
    const start = (page - 1) * TAX_PAGE_SIZE;
    const end = Math.min(period.offsets.length, start + TAX_PAGE_SIZE);
    if (start >= end) return [];
    const from = period.offsets[start];
    const to = period.offsets[end - 1] + period.lengths[end - 1];
    const buf = Buffer.allocUnsafe(to - from);
    readSync(period.fd, buf, 0, buf.length, from);
    return buf
      .toString('utf8')
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  close(): void {
    for (const p of this.periods.values()) closeSync(p.fd);
  }
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: false,
});
const TAXPAYER_FIELDS = [
  'NSRSBH',
  'NSRMC',
  'NSRZT',
  'NSRLX',
  'XYDJ',
  'DJRQ',
  'SCJYDZ',
  'XZQHDM',
  'HYDM',
  'DKDJRS',
  'ZGSWJG',
] as const;

function xml(doc: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(doc) as string}`;
}

/** `GET /tax/periods` and `GET /tax/taxpayers?period=YYYYMM&page=n` (SPEC §4, XML). */
export function mountTax(router: Router, index: TaxIndex): void {
  router.get('/tax/periods', (req: Request, res: Response) => {
    const periods = [...index.periods.keys()];
    if ((req.headers.accept ?? '').includes('application/json')) {
      sendBody(res, 200, 'application/json; charset=utf-8', JSON.stringify({ periods }));
      return;
    }
    sendBody(res, 200, 'application/xml; charset=utf-8', xml({ TaxPeriods: { Period: periods } }));
  });
  router.get('/tax/taxpayers', (req: Request, res: Response) => {
    const { period, page } = req.query;
    if (typeof period !== 'string' || !/^\d{6}$/.test(period)) {
      res.status(400).json({ error: 'period must be YYYYMM' });
      return;
    }
    const p = index.periods.get(period);
    if (!p) {
      res.status(404).json({ error: `no export for period ${period}` });
      return;
    }
    const n =
      page === undefined ? 1 : typeof page === 'string' && /^\d+$/.test(page) ? Number(page) : NaN;
    const pages = Math.max(1, Math.ceil(p.offsets.length / TAX_PAGE_SIZE));
    if (!Number.isInteger(n) || n < 1) {
      res.status(400).json({ error: 'page must be a positive integer' });
      return;
    }
    if (n > pages) {
      res.status(404).json({ error: `page ${n} beyond ${pages}` });
      return;
    }
    const taxpayers = index
      .page(p, n)
      .map((r) =>
        Object.fromEntries(
          TAXPAYER_FIELDS.map((f) => [f, r[f] === null || r[f] === undefined ? '' : String(r[f])]),
        ),
      );
    const doc = {
      TaxpayerExport: {
        '@_period': period,
        '@_page': String(n),
        '@_pages': String(pages),
        Taxpayer: taxpayers,
      },
    };
    sendBody(res, 200, 'application/xml; charset=utf-8', xml(doc));
  });
}
