import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Rng } from '../rng';
import { FaultPicker } from '../output/fault-picker';
import type { FaultReason } from '../output/fault-log';
import { LineSink } from '../output/line-sink';
import { openWorkbook } from '../output/xlsx-writer';
import { variantName } from '../noise/name-variants';
import { hyphenateOrgCode } from '../identifiers/organization-code';
import { STATISTICS_SHEETS, statisticsSheetOf } from '../reference/divisions';
import { lastCompleteQuarter } from '../world/dates';
import type { TrueOrg } from '../truth/organization';
import {
  mayBreakRegistryRecord,
  type Chunk,
  type FeedShared,
  type FeedWriter,
} from './feed-context';

/** SPEC §3 header (row 2) of every sheet. */
export const STATISTICS_HEADER = [
  '统一社会信用代码',
  '组织机构代码',
  '单位详细名称',
  '单位类型',
  '行业代码',
  '控股情况',
  '机构类型',
  '期末从业人员',
  '营业收入(千元)',
  '统计区划代码',
  '详细地址',
  '所在园区',
  '报告期',
] as const;

type Cell = string | number | { $date: string };

/** Statistics record key (SPEC §3): USCC, else organization code, else name + `|` + 统计区划代码. */
export function statisticsKey(uscc: string, orgCode: string, name: string, code12: string): string {
  return uscc || orgCode || `${name}|${code12}`;
}

/**
 * Writes `feeds/statistics/units_YYYYQn.xlsx` (统计 basic-unit directory): rows are spooled per
 * sheet during generation, then streamed sheet by sheet into one workbook (constant memory).
 */
export class StatisticsWriter implements FeedWriter {
  private readonly spools = new Map<string, LineSink>();
  private readonly rows = new Map<string, number>();
  private readonly picker: FaultPicker;
  private readonly duplicates: FaultPicker;
  private readonly quarter: ReturnType<typeof lastCompleteQuarter>;
  readonly file: string;

  constructor(
    private readonly shared: FeedShared,
    private readonly rng: Rng,
    private readonly tmpDir: string,
  ) {
    this.quarter = lastCompleteQuarter(shared.nowMs);
    this.file = `units_${this.quarter.label}.xlsx`;
    STATISTICS_SHEETS.forEach((name, i) => {
      this.spools.set(name, new LineSink(join(tmpDir, `statistics-${i}.ndjson`)));
      this.rows.set(name, 2);
    });
    this.picker = new FaultPicker(rng.fork(1), shared.noise.brokenRecord, [
      'negative-number',
      'absurd-number',
      'unknown-enum',
    ]);
    this.duplicates = new FaultPicker(rng.fork(2), shared.noise.duplicateRow, ['duplicate-row']);
  }

  private cells(org: TrueOrg, fault: FaultReason | null, holding: string): Cell[] {
    const noise = this.shared.noise;
    const text = (): boolean => this.rng.chance(noise.numbersAsText);
    const showUscc = org.uscc !== null && !(org.legacy && org.index % 2 === 1);
    const anonymousSite = org.kind === 'branch' && this.rng.chance(0.1);
    const employees =
      fault === 'negative-number'
        ? -org.employees
        : fault === 'absurd-number'
          ? 12_345_678
          : org.employees;
    const revenue = org.revenueK;
    const industry = org.industry[0];
    return [
      showUscc && !anonymousSite ? (org.uscc as string) : '',
      !showUscc && !anonymousSite ? hyphenateOrgCode(org.orgCode) : '',
      variantName(org, this.rng, noise.nameVariant),
      org.kind === 'branch' ? '产业活动单位' : '法人单位',
      // Typed as a number the class loses its leading zero (0610 → 610): the connector must pad it.
      this.rng.chance(noise.numbersAsText) ? Number(industry) : industry,
      fault === 'unknown-enum' ? '7' : holding,
      org.institutionType,
      text() ? String(employees) : employees,
      text() ? String(revenue) : revenue,
      this.rng.chance(noise.numbersAsText) ? Number(org.code12) : org.code12,
      org.formerAddress && this.rng.chance(noise.attributeDisagreement)
        ? org.formerAddress
        : org.address,
      org.area?.kind === '园区' ? org.area.name : '',
      this.rng.chance(noise.excelDates) ? { $date: this.quarter.end } : this.quarter.end,
    ];
  }

  writeChunk(chunk: Chunk): void {
    const { truth, faults, noise } = this.shared;
    for (const org of chunk.orgs) {
      if (!org.inStatistics) continue;
      const sheet = statisticsSheetOf(org.county.code);
      const spool = this.spools.get(sheet) as LineSink;
      const fault = this.picker.next(mayBreakRegistryRecord(org, chunk, 'statistics'));
      if (fault) chunk.faulted.add(org.index);
      // Stale holding type after a conversion (改制): statistics still says 国有 / 集体.
      const holding =
        org.conversion && !org.pinned && this.rng.chance(noise.attributeDisagreement * 0.3)
          ? org.conversion.fromType === '集体所有制'
            ? '2'
            : '1'
          : org.holding;
      const cells = this.cells(org, fault, holding);
      const key = statisticsKey(String(cells[0]), String(cells[1]), String(cells[2]), org.code12);
      const copies = !fault && this.duplicates.next() ? 2 : 1;
      for (let c = 0; c < copies; c++) {
        spool.writeJson(cells);
        const row = (this.rows.get(sheet) as number) + 1;
        this.rows.set(sheet, row);
        const reason = fault ?? (c === 1 ? 'duplicate-row' : null);
        if (reason)
          faults.add({ feed: 'statistics', file: this.file, reason, key, sheet, row, org: org.id });
      }
      truth.record('statistics', 'units', key, org.id);
      const view = chunk.views.get(org.index);
      if (view && !fault)
        view.statistics = {
          holding,
          employees: org.employees,
          code12: org.code12,
          industry4: org.industry[0],
        };
    }
  }

  async flush(): Promise<void> {
    await Promise.all([...this.spools.values()].map((s) => s.flush()));
  }

  /** Streams the spooled rows into the workbook, sheet by sheet, then adds the truncated copy. */
  async close(): Promise<string[]> {
    const dir = join(this.shared.feedsDir, 'statistics');
    const path = join(dir, this.file);
    const workbook = openWorkbook(path, new Date(this.shared.nowMs));
    const title = `${this.quarter.year}年第${this.quarter.q}季度基本单位名录`;
    for (const [i, name] of STATISTICS_SHEETS.entries()) {
      const spool = this.spools.get(name) as LineSink;
      await spool.close();
      const sheet = workbook.addWorksheet(name);
      sheet.addRow([title]).commit();
      sheet.addRow([...STATISTICS_HEADER]).commit();
      let n = 0;
      for await (const line of createInterface({
        input: createReadStream(spool.path),
        crlfDelay: Infinity,
      })) {
        if (!line) continue;
        const cells = JSON.parse(line) as Cell[];
        const row = sheet.addRow(
          cells.map((c) => (typeof c === 'object' ? new Date(`${c.$date}T00:00:00Z`) : c)),
        );
        const last = cells[cells.length - 1];
        if (typeof last === 'object') row.getCell(cells.length).numFmt = 'yyyy-mm-dd';
        row.commit();
        if (++n % 2000 === 0) await new Promise((r) => setImmediate(r));
      }
      sheet.commit();
      rmSync(join(this.tmpDir, `statistics-${i}.ndjson`), { force: true });
    }
    await workbook.commit();
    const files = [`feeds/statistics/${this.file}`];
    if (this.shared.noise.truncatedFiles) {
      const previous = `units_${lastCompleteQuarter(this.shared.nowMs, 1).label}.xlsx`;
      const cut = Math.floor(statSync(path).size * 0.6);
      await pipeline(
        createReadStream(path, { start: 0, end: cut - 1 }),
        createWriteStream(join(dir, previous)),
      );
      this.shared.faults.add({
        feed: 'statistics',
        file: previous,
        reason: 'truncated-file',
        key: null,
        line: null,
        org: null,
        detail: `first 60% of ${this.file}`,
      });
      files.push(`feeds/statistics/${previous}`);
    }
    return files;
  }

  counts(): Record<string, number> {
    let total = 0;
    for (const n of this.rows.values()) total += n - 2;
    return { [`statistics/${this.file}`]: total };
  }
}
