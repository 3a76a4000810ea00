import { z } from 'zod';
import { optionalText, requiredEnum, requiredText } from '../shared/field-checks';

/** The one stream of this feed: the taxpayer registry (税务登记), one export per month. */
export const TAXPAYERS = 'taxpayers';

/** 纳税人状态 (NSRZT). 非正常 (abnormal) taxpayers still exist, so only 注销 ends one (POLICY "active"). */
export const TAXPAYER_STATUSES = ['正常', '非正常', '注销'] as const;

/**
 * A `<Taxpayer>` element as the XML parser gives it (SPEC §4): every field is text. NSRLX (纳税人类型),
 * XYDJ (credit rating) and ZGSWJG (主管税务机关) stay in the landing payload only.
 */
export const Taxpayer = z.object({
  NSRSBH: requiredText(),
  NSRMC: requiredText(),
  NSRZT: requiredEnum(TAXPAYER_STATUSES),
  NSRLX: optionalText(),
  XYDJ: optionalText(),
  DJRQ: optionalText(),
  SCJYDZ: optionalText(),
  XZQHDM: optionalText(),
  HYDM: optionalText(),
  DKDJRS: optionalText(),
  ZGSWJG: optionalText(),
});

export type Taxpayer = z.infer<typeof Taxpayer>;

/** A tax period, `YYYYMM`. */
export const Period = z.string().regex(/^\d{4}(0[1-9]|1[0-2])$/, 'expected YYYYMM');

/**
 * `GET /periods`: the periods the department has published, as `{"periods": ["202610", "202609"]}`
 * in any order — or, on some deployments, as the bare array.
 */
export const PeriodList = z
  .union([z.object({ periods: z.array(Period) }), z.array(Period)])
  .transform((list) => (Array.isArray(list) ? list : list.periods));

/**
 * One page of `GET /taxpayers?period&page`: the `<TaxpayerExport>` attributes and its taxpayers,
 * unchecked.
 */
export interface TaxpayerPage {
  period: string;
  page: number;
  pages: number;
  taxpayers: unknown[];
}

/**
 * The instant a period's export describes: the end of the month, i.e. midnight China Standard Time
 * at the start of the next month (`202610` → `2026-11-01T00:00:00+08:00` =
 * `2026-10-31T16:00:00.000Z`).
 */
export function periodEnd(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(4, 6));
  return new Date(Date.UTC(year, month, 1, -8)).toISOString();
}
