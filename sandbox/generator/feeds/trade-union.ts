import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Rng } from '../rng';
import { FaultPicker } from '../output/fault-picker';
import type { FaultReason } from '../output/fault-log';
import { LineSink } from '../output/line-sink';
import { handTypedUscc } from '../noise/hand-typed-uscc';
import { variantName } from '../noise/name-variants';
import { coverageFormOf } from '../truth/org-view';
import type { UnionPlan } from '../truth/coverage-plan';
import type { Chunk, FeedShared, FeedWriter } from './feed-context';

/** SPEC §7 columns of unions.csv. */
export const UNION_COLUMNS = [
  'union_id', 'union_name', 'union_uscc', 'form', 'covered_units', 'members', 'employees_reported', 'established', 'status',
  'venue_six_haves', 'division_code', 'updated_at',
] as const;

/** Writes `feeds/trade-union/unions.csv` (总工会 roster): UTF-8 with BOM, RFC 4180. */
export class TradeUnionWriter implements FeedWriter {
  private readonly sink: LineSink;
  private readonly picker: FaultPicker;
  private readonly duplicates: FaultPicker;

  constructor(private readonly shared: FeedShared, private readonly rng: Rng) {
    this.sink = new LineSink(join(shared.feedsDir, 'trade-union', 'unions.csv'));
    this.sink.write(`\uFEFF${stringify([UNION_COLUMNS as unknown as string[]])}`);
    this.picker = new FaultPicker(rng.fork(1), shared.noise.brokenRecord, ['wrong-column-count', 'invalid-date', 'negative-employees']);
    this.duplicates = new FaultPicker(rng.fork(2), shared.noise.duplicateRow, ['duplicate-row']);
  }

  private row(u: UnionPlan, fault: FaultReason | null): string[] {
    const noise = this.shared.noise;
    const covered = u.covered
      .map((o) => `${handTypedUscc(o.uscc, this.rng, noise.handTypedUscc)}|${variantName(o, this.rng, noise.nameVariant)}`)
      .join(';');
    const row = [
      u.id, u.name, u.uscc, u.form, covered, String(u.members),
      String(fault === 'negative-employees' ? -u.employeesReported : u.employeesReported),
      fault === 'invalid-date' ? '0000-00-00' : u.established, u.status, u.venueSixHaves, u.division, u.updatedAt,
    ];
    if (fault === 'wrong-column-count') row.splice(5, 1); // the members column went missing
    return row;
  }

  writeChunk(chunk: Chunk): void {
    const { truth, faults } = this.shared;
    for (const u of chunk.plan.unions) {
      const fault = this.picker.next();
      const line = stringify([this.row(u, fault)]);
      this.sink.write(line);
      truth.record('trade-union', 'unions', u.id, null);
      u.covered.forEach((o, i) => truth.ref('trade-union', 'unions', u.id, `covered_units[${i}]`, o.id));
      if (fault) {
        faults.add({ feed: 'trade-union', file: 'unions.csv', reason: fault, key: u.id, line: this.sink.lines, org: null });
        continue;
      }
      if (this.duplicates.next()) {
        this.sink.write(line);
        faults.add({ feed: 'trade-union', file: 'unions.csv', reason: 'duplicate-row', key: u.id, line: this.sink.lines, org: null });
      }
      if (u.status !== '正常') continue;
      for (const o of u.covered) {
        const view = chunk.views.get(o.index);
        if (!view) continue;
        view.unionForms.add(coverageFormOf(u.form));
        if (u.form === '单独建会') view.unionStandaloneReported = u.employeesReported;
      }
    }
  }

  flush(): Promise<void> {
    return this.sink.flush();
  }

  async close(): Promise<string[]> {
    await this.sink.close();
    return ['feeds/trade-union/unions.csv'];
  }

  counts(): Record<string, number> {
    return { 'trade-union/unions': this.sink.lines - 1 };
  }
}
