import { join } from 'node:path';
import type { Rng } from '../rng';
import { FaultPicker } from '../output/fault-picker';
import type { FaultReason } from '../output/fault-log';
import { LineSink } from '../output/line-sink';
import { variantName } from '../noise/name-variants';
import { COUNTIES } from '../reference/divisions';
import { endOfPreviousMonth, periodOf } from '../world/dates';
import type { TrueOrg } from '../truth/organization';
import type { Chunk, FeedShared, FeedWriter } from './feed-context';

/** SPEC §4 taxpayer fields (XML element names), as stored per period in NDJSON. */
export interface TaxpayerRecord {
  NSRSBH: string;
  NSRMC: string;
  NSRZT: string;
  NSRLX: string;
  XYDJ: string;
  DJRQ: string;
  SCJYDZ: string;
  XZQHDM: string;
  HYDM: string;
  DKDJRS: number;
  ZGSWJG: string;
}

/**
 * Taxpayer id: the USCC, or the legacy 15-char id (division + organization code) for old filings.
 */
export function taxpayerId(org: TrueOrg): string {
  if (org.uscc && !(org.legacy && org.index % 2 === 0)) return org.uscc;
  return org.county.code + org.orgCode;
}

/**
 * Writes `feeds/tax/periods/YYYYMM.ndjson` for the two latest monthly exports (税务 taxpayer
 * registry); the sandbox renders them as paged XML.
 */
export class TaxWriter implements FeedWriter {
  private readonly periods: { period: string; end: string; sink: LineSink }[];
  private readonly picker: FaultPicker;

  constructor(
    private readonly shared: FeedShared,
    private readonly rng: Rng,
  ) {
    this.periods = [2, 1].map((back) => {
      const end = endOfPreviousMonth(shared.nowMs, back);
      const period = periodOf(end);
      return {
        period,
        end,
        sink: new LineSink(join(shared.feedsDir, 'tax', 'periods', `${period}.ndjson`)),
      };
    });
    this.picker = new FaultPicker(rng.fork(1), shared.noise.brokenRecord, [
      'invalid-date',
      'negative-number',
    ]);
  }

  private status(org: TrueOrg, periodEnd: string): string {
    const gone = org.lifecycleDate !== null && org.lifecycleDate <= periodEnd;
    // a quarter of them still 正常 (stale)
    if (gone) return org.kind === 'law-firm' || org.index % 4 !== 0 ? '注销' : '正常';
    return org.kind !== 'law-firm' &&
      !org.pinned &&
      this.rng.chance(this.shared.noise.attributeDisagreement * 0.3)
      ? '非正常'
      : '正常';
  }

  private record(
    org: TrueOrg,
    periodEnd: string,
    withheld: number,
    fault: FaultReason | null,
  ): TaxpayerRecord {
    const noise = this.shared.noise;
    const disagree = !org.pinned && this.rng.chance(noise.attributeDisagreement * 0.3);
    const sameCity = COUNTIES.filter(
      (c) => c.city.code4 === org.county.city.code4 && c.code !== org.county.code,
    );
    return {
      NSRSBH: taxpayerId(org),
      NSRMC: variantName(org, this.rng, noise.nameVariant),
      NSRZT: this.status(org, periodEnd),
      NSRLX: org.revenueK > 5000 ? '一般纳税人' : '小规模纳税人',
      XYDJ: this.rng.weighted([
        ['A', 20],
        ['B', 45],
        ['M', 15],
        ['C', 5],
        ['D', 2],
        ['', 13],
      ] as const),
      DJRQ: fault === 'invalid-date' ? '00000000' : org.estDate.replaceAll('-', ''),
      SCJYDZ:
        org.formerAddress && this.rng.chance(noise.attributeDisagreement)
          ? org.formerAddress
          : org.address,
      XZQHDM: disagree && sameCity.length > 0 ? this.rng.pick(sameCity).code : org.county.code,
      HYDM: org.industry[0],
      DKDJRS: fault === 'negative-number' ? -Math.max(1, withheld) : withheld,
      ZGSWJG: `国家税务总局${org.county.city.name}${org.county.name}税务局`,
    };
  }

  writeChunk(chunk: Chunk): void {
    const { truth, faults, noise } = this.shared;
    for (const org of chunk.orgs) {
      if (!org.inTax) continue;
      const present = this.periods.map((p) => org.estDate <= p.end);
      if (!present.some(Boolean)) continue;
      // Withheld-tax headcount: often below the real one, and it moves a little month to month.
      const latest =
        org.pinned || !this.rng.chance(noise.attributeDisagreement)
          ? org.employees
          : Math.max(0, Math.round(org.employees * (0.5 + 0.55 * this.rng.float())));
      const withheld = [Math.max(0, latest + this.rng.int(-2, 2)), latest];
      const fault = present.every(Boolean) ? this.picker.next(!org.pinned) : null;
      const faultIn = fault ? this.rng.int(0, 1) : -1;
      let view: { period: string; status: string; division: string; withheld: number } | null =
        null;
      this.periods.forEach((p, k) => {
        if (!present[k]) return;
        const f = k === faultIn ? fault : null;
        const rec = this.record(org, p.end, withheld[k], f);
        p.sink.writeJson(rec);
        if (f) {
          faults.add({
            feed: 'tax',
            file: `periods/${p.period}.ndjson`,
            reason: f,
            key: rec.NSRSBH,
            line: p.sink.lines,
            page: Math.ceil(p.sink.lines / 500),
            org: org.id,
          });
        } else
          view = {
            period: p.period,
            status: rec.NSRZT,
            division: rec.XZQHDM,
            withheld: rec.DKDJRS,
          };
      });
      truth.record('tax', 'taxpayers', taxpayerId(org), org.id);
      const v = chunk.views.get(org.index);
      const latestValid = view as {
        period: string;
        status: string;
        division: string;
        withheld: number;
      } | null;
      if (v && latestValid) v.tax = { ...latestValid, industry4: org.industry[0] };
    }
  }

  async flush(): Promise<void> {
    await Promise.all(this.periods.map((p) => p.sink.flush()));
  }

  async close(): Promise<string[]> {
    await Promise.all(this.periods.map((p) => p.sink.close()));
    return this.periods.map((p) => `feeds/tax/periods/${p.period}.ndjson`);
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.periods.map((p) => [`tax/periods/${p.period}`, p.sink.lines]));
  }
}
