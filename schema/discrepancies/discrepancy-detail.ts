import { chinaDate } from '../../src/canonical/dates';
import { DiscrepancyField } from './discrepancy.type';
import {
  FIELD_LABELS,
  SCHEME_LABELS,
  formatOthers,
  formatValue,
  sourceLabel,
  unresolvedReasonLabel,
} from './discrepancy-labels';

/** 税务记录的从业人员为 40 人，与其他部门不一致（统计：30 人）。请核实并更正本部门登记。 */
export function comparisonDetail(
  field: DiscrepancyField,
  source: string,
  value: unknown,
  others: Array<{ source: string; value: unknown }>,
): string {
  return (
    `${sourceLabel(source)}记录的${FIELD_LABELS[field]}为 ${formatValue(field, value)}，` +
    `与其他部门不一致（${formatOthers(field, others)}）。请核实并更正本部门登记。`
  );
}

/**
 * An identifier a record carries that fails validation (wrong length, characters or check
 * character).
 */
export interface InvalidClaim {
  scheme: string;
  raw: string;
}

/**
 * The IDENTIFIER sentence for a department record: invalid claims and, for member distribution, an
 * unlinked unit.
 */
export function recordIdentifierDetail(args: {
  name: string | null;
  invalid: InvalidClaim[];
  unlinked: boolean;
  knownUscc: string[];
}): string {
  const parts: string[] = [];
  const unit = args.name ? `「${args.name}」` : '';
  if (args.invalid.length > 0) {
    const claims = args.invalid
      .map((c) => `${SCHEME_LABELS[c.scheme] ?? '代码'}「${c.raw}」`)
      .join('、');
    parts.push(`记录${unit}中的${claims}无效（长度、字符或校验位不符）。`);
  }
  if (args.unlinked) parts.push(`党员分布记录中的单位${unit}未能对应到任何已登记单位。`);
  if (args.knownUscc.length > 0)
    parts.push(`其他部门登记该单位的统一社会信用代码为 ${args.knownUscc.join('、')}。`);
  parts.push('请核实并更正。');
  return parts.join('');
}

/** How a roster's covered-unit reference was resolved (coverage_edge.resolution). */
export interface ReferenceResolution {
  how: string;
  uscc?: string | null;
  reason?: string | null;
}

/** The IDENTIFIER sentence for a covered unit a Party organization or union names. */
export function referenceDetail(args: {
  side: 'party' | 'union';
  bodyName: string;
  bodyKey: string;
  unitName: string;
  typed: string | null;
  resolution: ReferenceResolution;
}): string {
  const body =
    `${args.side === 'party' ? '党组织' : '工会'}「${args.bodyName}」（编号 ` +
    `${args.bodyKey}）覆盖的单位「${args.unitName}」`;
  const typed = args.typed ? `填报代码「${args.typed}」` : '未填报代码';
  switch (args.resolution.how) {
    case 'repaired-uscc':
      return `${body}${typed}有误，已按名称核对更正为「${args.resolution.uscc ?? ''}」。请更正名册中的统一社会信用代码。`;
    case 'name':
      return `${body}${typed}未能对应到任何单位，仅按单位名称匹配。请核对名册中的统一社会信用代码。`;
    default:
      return (
        `${body}（${typed}）未能对应到任何已登记单位：` +
        `${unresolvedReasonLabel(args.resolution.reason)}。` +
        `请核对单位名称和统一社会信用代码。`
      );
  }
}

/**
 * The ABSENT sentence: the record left the department's newer full snapshot without being
 * cancelled.
 */
export function absentDetail(
  source: string,
  name: string | null,
  absentSince: Date,
  stillListedBy: string[],
): string {
  const unit = name ? `「${name}」` : '该记录';
  const others =
    stillListedBy.length > 0
      ? `${[...new Set(stillListedBy.map(sourceLabel))].join('、')}仍有该单位的登记。`
      : '';
  return (
    `${unit}自 ${chinaDate(absentSince)} 起不在${sourceLabel(source)}最新的全量名单中，` +
    `但未登记注销或撤销。${others}请核实该单位是否已注销、迁出或漏报。`
  );
}
