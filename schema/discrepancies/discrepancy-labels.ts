import { FEEDS, SOURCE_IDS, type SourceId } from '../../src/model/feeds';
import { chinaDate } from '../../src/canonical/dates';
import { divisionName } from '../../src/reference/divisions';
import { DiscrepancyField } from './discrepancy.type';

/** The departments as their clerks name them (the feed catalog's labels). */
export const SOURCE_LABELS = Object.fromEntries(
  SOURCE_IDS.map((source) => [source, FEEDS[source].label]),
) as Record<SourceId, string>;

/** Chinese name of each discrepancy list (column 差异类型, file names). */
export const FIELD_LABELS: Record<DiscrepancyField, string> = {
  [DiscrepancyField.EMPLOYEES]: '从业人员',
  [DiscrepancyField.STATUS]: '登记状态',
  [DiscrepancyField.DIVISION]: '所属区划',
  [DiscrepancyField.NAME]: '单位名称',
  [DiscrepancyField.IDENTIFIER]: '代码与名册引用',
  [DiscrepancyField.ABSENT]: '全量名单缺失',
  [DiscrepancyField.FEEDBACK]: '核查反馈',
};

/** Identifier schemes of `IdentifierClaim.scheme`. */
export const SCHEME_LABELS: Record<string, string> = {
  uscc: '统一社会信用代码',
  'organization-code': '组织机构代码',
  'registration-number': '注册号',
  'legacy-tax-id': '税务登记号',
  unknown: '代码',
};

export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source as SourceId] ?? source;
}

/** A STATUS value: the `active` flag and the raw status of the same record. */
export interface StatusValue {
  active: boolean | null;
  status: string | null;
}

/** One value as a clerk reads it: 30 人, 「注销」（不在营）, 610113 雁塔区, 「名称」. */
export function formatValue(field: DiscrepancyField, value: unknown): string {
  if (value === null || value === undefined) return '（空）';
  switch (field) {
    case DiscrepancyField.EMPLOYEES:
      return `${String(value)} 人`;
    case DiscrepancyField.STATUS: {
      const { active, status } = value as StatusValue;
      const state = active === false ? '不在营' : '在营';
      return status ? `「${status}」（${state}）` : state;
    }
    case DiscrepancyField.DIVISION: {
      const code = String(value);
      const name = divisionName(code);
      return name ? `${code} ${name}` : code;
    }
    case DiscrepancyField.NAME:
      return `「${String(value)}」`;
    case DiscrepancyField.IDENTIFIER:
      return typeof value === 'string' ? value : identifierText(value as IdentifierValue);
    case DiscrepancyField.ABSENT: {
      const v = value as { name?: string | null; status?: string | null; lastSeenAt?: string };
      const seen = v.lastSeenAt ? `（最后出现于 ${chinaDate(new Date(v.lastSeenAt))}）` : '';
      return [v.name ? `「${v.name}」` : '', v.status ?? ''].filter(Boolean).join(' ') + seen;
    }
    case DiscrepancyField.FEEDBACK:
      return String((value as { correction?: string }).correction ?? '');
  }
}

/** An IDENTIFIER value: a record's invalid claims, or a roster's covered-unit reference. */
interface IdentifierValue {
  name?: string | null;
  invalid?: Array<{ raw: string }>;
  typed?: string | null;
  unitName?: string;
}

function identifierText(v: IdentifierValue): string {
  if (v.unitName !== undefined)
    return `「${v.unitName}」 ${v.typed ? `填报代码 ${v.typed}` : '未填报代码'}`;
  const codes = (v.invalid ?? []).map((c) => c.raw);
  if (codes.length === 0 && v.typed) codes.push(v.typed);
  return [v.name ? `「${v.name}」` : '', codes.join('、')].filter(Boolean).join(' ');
}

/** The other departments' values on one line: 税务：40 人；市场监管：「存续」（在营）. */
export function formatOthers(
  field: DiscrepancyField,
  others: ReadonlyArray<{ source: string; value: unknown }>,
): string {
  return others.map((o) => `${sourceLabel(o.source)}：${formatValue(field, o.value)}`).join('；');
}

/** The resolver's reasons for an unresolved reference (reference-resolution.ts), in Chinese. */
export function unresolvedReasonLabel(reason: string | null | undefined): string {
  if (!reason) return '原因未知';
  if (reason === 'no organization holds this code')
    return '没有任何单位持有该代码，且无唯一同名单位';
  if (reason === 'no code and no organization of that name') return '未填写代码，且没有同名单位';
  const shared = /^(\d+) organizations share the name$/.exec(reason);
  if (shared) return `有 ${shared[1]} 个单位同名，无法确定`;
  return reason;
}
