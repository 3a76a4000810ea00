import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { extractJsonString, scanLines } from './line-scanner';
import { deltaFiles } from './apply-delta';

/**
 * Index of the market-regulation feed: per record (updated_at, reg_id, file, byte offset,
 * length), ordered by (updated_at, reg_id). Lines are read from disk per page; no record is
 * kept parsed. Delta files (`enterprises.delta-NNN.ndjson`, later ones win) replace base records.
 */
export class EnterpriseIndex {
  private updated = new Float64Array(0);
  private regIds: string[] = [];
  private fileNo = new Uint16Array(0);
  private offsets = new Float64Array(0);
  private lengths = new Uint32Array(0);
  /** Positions in (updated_at, reg_id) order. */
  private order = new Uint32Array(0);
  private fds: number[] = [];

  private constructor(private readonly dir: string) {}

  /** Builds the index of `dir` (the feed folder with enterprises.ndjson). */
  static async load(dir: string): Promise<EnterpriseIndex> {
    const index = new EnterpriseIndex(dir);
    await index.build();
    return index;
  }

  get size(): number {
    return this.order.length;
  }

  private async build(): Promise<void> {
    const base = join(this.dir, 'enterprises.ndjson');
    const deltas = deltaFiles(this.dir);
    const hasBase = existsSync(base);
    const files = [...(hasBase ? [base] : []), ...deltas.map((f) => join(this.dir, f))];
    // Latest version per reg_id, deltas scanned newest first so the first seen wins.
    const seen = new Set<string>();
    type Row = { u: number; id: string; f: number; o: number; l: number };
    const deltaRows: Row[] = [];
    for (let f = files.length - 1; f >= (hasBase ? 1 : 0); f--) {
      await scanLines(files[f], (buf, s, e, o) => {
        const id = extractJsonString(buf, s, e, 'reg_id');
        const u = Date.parse(extractJsonString(buf, s, e, 'updated_at') ?? '');
        if (id === null || Number.isNaN(u) || seen.has(id)) return;
        seen.add(id);
        deltaRows.push({ u, id, f, o, l: e - s });
      });
    }
    const updated: number[] = [];
    const ids: string[] = [];
    const fileNo: number[] = [];
    const offsets: number[] = [];
    const lengths: number[] = [];
    const push = (r: Row): void => {
      updated.push(r.u);
      ids.push(r.id);
      fileNo.push(r.f);
      offsets.push(r.o);
      lengths.push(r.l);
    };
    if (hasBase) {
      await scanLines(base, (buf, s, e, o) => {
        const id = extractJsonString(buf, s, e, 'reg_id');
        const u = Date.parse(extractJsonString(buf, s, e, 'updated_at') ?? '');
        if (id === null || Number.isNaN(u) || seen.has(id)) return;
        push({ u, id, f: 0, o, l: e - s });
      });
    }
    deltaRows.forEach(push);
    this.updated = Float64Array.from(updated);
    this.regIds = ids;
    this.fileNo = Uint16Array.from(fileNo);
    this.offsets = Float64Array.from(offsets);
    this.lengths = Uint32Array.from(lengths);
    const order = new Uint32Array(ids.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => this.compare(a, this.updated[b], this.regIds[b]));
    this.order = order;
    this.fds = files.map((p) => openSync(p, 'r'));
  }

  /** Compares record `i` with the position (u, id). */
  private compare(i: number, u: number, id: string): number {
    const d = this.updated[i] - u;
    if (d !== 0) return d;
    return this.regIds[i] < id ? -1 : this.regIds[i] > id ? 1 : 0;
  }

  /** First rank whose record is strictly after (u, id), or ≥ u when id is null. */
  lowerBound(u: number, id: string | null): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const i = this.order[mid];
      const before = id === null ? this.updated[i] < u : this.compare(i, u, id) <= 0;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Position (updated ms, reg_id) of the record at `rank`. */
  positionAt(rank: number): { u: number; id: string } {
    const i = this.order[rank];
    return { u: this.updated[i], id: this.regIds[i] };
  }

  /** Raw JSON line of the record at `rank`. */
  lineAt(rank: number): string {
    const i = this.order[rank];
    const buf = Buffer.allocUnsafe(this.lengths[i]);
    readSync(this.fds[this.fileNo[i]], buf, 0, buf.length, this.offsets[i]);
    return buf.toString('utf8');
  }

  close(): void {
    for (const fd of this.fds) closeSync(fd);
    this.fds = [];
  }
}
