import { z } from 'zod';
import { blankAsAbsent, optionalText, requiredEnum, requiredText } from '../shared/field-checks';

/** The one stream of this feed: the basic-unit directory (基本单位名录库), one workbook per quarter. */
export const UNITS = 'units';

/** `units_YYYYQn.xlsx`: the report period (报告期). */
export const UNITS_FILE = /^units_(\d{4})Q([1-4])\.xlsx$/;

/** Row 2 of every sheet (SPEC §3), exactly; row 1 is a title, data starts in row 3. */
export const UNIT_COLUMNS = [
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

/** The first data row of a sheet. */
export const FIRST_DATA_ROW = 3;

/** 单位类型: a legal unit, or an establishment (产业活动单位: a branch or site of one). */
export const UNIT_TYPES = ['法人单位', '产业活动单位'] as const;

/**
 * 控股情况: 1 国有 (state), 2 集体 (collective), 3 私人 (private), 4 港澳台 (HK/Macao/Taiwan), 5 外商 (foreign), 9
 * 其他.
 */
export const HOLDINGS = ['1', '2', '3', '4', '5', '9'] as const;

/** 机构类型: 10 企业, 20 事业单位, 30 机关, 40 社会团体, 51 民办非企业单位, 52 基金会, 53 律师事务所等, 90 其他. */
export const INSTITUTION_TYPES = ['10', '20', '30', '40', '51', '52', '53', '90'] as const;

/** A cell as read from the workbook and kept in the landing payload: dates as `YYYY-MM-DD`. */
export type CellValue = string | number | boolean | null;

/**
 * One data row with every cell as text (numbers written as digits), keyed by the department's
 * column names. 营业收入 (revenue) and 报告期 (report period) stay in the landing payload only. 控股情况 may
 * be blank (absent); when present it must be one of the codes.
 */
export const UnitRow = z.object({
  统一社会信用代码: optionalText(),
  组织机构代码: optionalText(),
  单位详细名称: requiredText(),
  单位类型: requiredEnum(UNIT_TYPES),
  行业代码: optionalText(),
  控股情况: z.preprocess(
    (v) => (typeof v === 'string' ? blankAsAbsent(v.trim()) : v),
    z.enum(HOLDINGS).nullish(),
  ),
  机构类型: requiredEnum(INSTITUTION_TYPES),
  期末从业人员: optionalText(),
  '营业收入(千元)': optionalText(),
  统计区划代码: requiredText(),
  详细地址: optionalText(),
  所在园区: optionalText(),
  报告期: optionalText(),
});

export type UnitRow = z.infer<typeof UnitRow>;

/**
 * The instant a quarterly workbook describes: the end of its quarter, i.e. midnight China Standard
 * Time at the start of the next (`units_2026Q3.xlsx` → `2026-10-01T00:00+08:00` =
 * `2026-09-30T16:00:00.000Z`), or null for another name.
 */
export function quarterEnd(fileName: string): string | null {
  const match = UNITS_FILE.exec(fileName);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) * 3, 1, -8)).toISOString();
}
