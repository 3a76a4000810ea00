import type { Gap } from '../coverage/gap.type';
import type { GapRule } from '../coverage/gap.type';
import { GAP_FLAGS, RULE_FLAGS, flagLabel, type LabelThresholds } from '../../src/model/rule-flags';
import {
  FIELD_LABELS,
  formatOthers,
  formatValue,
  sourceLabel,
} from '../discrepancies/discrepancy-labels';
import type { Discrepancy } from '../discrepancies/discrepancy.type';
import { coverageFormLabel } from '../../src/model/coverage-forms';
import { chineseGapReason } from './gap-reasons';

/** One column of an export: the row key, the Chinese header and an XLSX width (characters). */
export interface ExportColumn {
  key: string;
  header: string;
  width: number;
}

/** A row of cells keyed by column key: text or numbers, empty for unknown. */
export type ExportRow = Record<string, string | number | null>;

/** A gap rule as the policy documents name it, with the thresholds of the rule set in force. */
export function gapRuleLabel(rule: GapRule, thresholds: LabelThresholds): string {
  const flag = GAP_FLAGS.find((f) => RULE_FLAGS[f].gap === rule)!;
  return `${RULE_FLAGS[flag].rule} ${flagLabel(flag, thresholds)}`;
}

export const KIND_LABELS: Record<string, string> = {
  ENTERPRISE: '企业',
  BRANCH: '分支机构',
  INDIVIDUAL_BUSINESS: '个体工商户',
  FARMERS_COOPERATIVE: '农民专业合作社',
  SOCIAL_GROUP: '社会团体',
  PRIVATE_NON_ENTERPRISE: '民办非企业单位（社会服务机构）',
  FOUNDATION: '基金会',
  LAW_FIRM: '律师事务所',
  ACCOUNTING_FIRM: '会计师事务所',
  TAX_AGENT_FIRM: '税务师事务所',
  OTHER: '其他',
};

export const GAP_COLUMNS: ExportColumn[] = [
  { key: 'id', header: '组织编号', width: 10 },
  { key: 'uscc', header: '统一社会信用代码', width: 22 },
  { key: 'name', header: '单位名称', width: 36 },
  { key: 'kind', header: '单位类型', width: 14 },
  { key: 'status', header: '登记状态', width: 10 },
  { key: 'division', header: '所属区划', width: 10 },
  { key: 'divisionName', header: '区划名称', width: 12 },
  { key: 'industry', header: '行业', width: 8 },
  { key: 'employees', header: '从业人员', width: 10 },
  { key: 'employeesSource', header: '从业人员来源', width: 12 },
  { key: 'partyMembers', header: '正式党员数', width: 10 },
  { key: 'partyCoverage', header: '党组织覆盖', width: 14 },
  { key: 'unionCoverage', header: '工会覆盖', width: 10 },
  { key: 'rule', header: '规则', width: 30 },
  { key: 'reason', header: '原因', width: 50 },
  { key: 'sources', header: '数据来源', width: 20 },
];

export const DISCREPANCY_COLUMNS: ExportColumn[] = [
  { key: 'organizationId', header: '组织编号', width: 10 },
  { key: 'uscc', header: '统一社会信用代码', width: 22 },
  { key: 'name', header: '单位名称', width: 36 },
  { key: 'source', header: '数据来源', width: 12 },
  { key: 'field', header: '差异类型', width: 14 },
  { key: 'stream', header: '记录类别', width: 20 },
  { key: 'recordKey', header: '记录编号', width: 22 },
  { key: 'value', header: '本部门数据', width: 30 },
  { key: 'others', header: '其他部门数据', width: 40 },
  { key: 'detail', header: '说明', width: 80 },
];

/** A gap as a row of GAP_COLUMNS: Chinese labels, department names instead of feed ids. */
export function gapRow(gap: Gap, thresholds: LabelThresholds): ExportRow {
  const o = gap.organization;
  return {
    id: o.id,
    uscc: o.uscc,
    name: o.name,
    kind: KIND_LABELS[o.kind] ?? o.kind,
    status: o.status,
    division: o.division?.code ?? null,
    divisionName: o.division?.name ?? null,
    industry: o.industry,
    employees: gap.employees,
    employeesSource: gap.employeesSource ? sourceLabel(gap.employeesSource) : null,
    partyMembers: gap.partyMembers,
    partyCoverage: coverageFormLabel('party', gap.partyCoverage),
    unionCoverage: coverageFormLabel('union', gap.unionCoverage),
    rule: gapRuleLabel(gap.rule, thresholds),
    reason: chineseGapReason(gap),
    sources: gap.sources.map(sourceLabel).join('、'),
  };
}

/** A discrepancy as a row of DISCREPANCY_COLUMNS (values formatted as in the detail sentence). */
export function discrepancyRow(d: Discrepancy): ExportRow {
  return {
    organizationId: d.organization?.id ?? null,
    uscc: d.organization?.uscc ?? null,
    name: d.organization?.name ?? null,
    source: sourceLabel(d.source),
    field: FIELD_LABELS[d.field],
    stream: d.stream,
    recordKey: d.recordKey,
    value: formatValue(d.field, d.value),
    others: formatOthers(d.field, d.others),
    detail: d.detail,
  };
}
