import type { Pool } from 'pg';
import { NOT_APPLICABLE_REASONS, type FollowUpState } from '../../src/follow-up/case-states';
import { casePage, type CaseRow } from '../../src/follow-up/case-store';
import { divisionName } from '../../src/reference/divisions';
import { GAP_FLAGS, RULE_FLAGS } from '../../src/model/rule-flags';
import { sourceLabel } from '../discrepancies/discrepancy-labels';
import type { ExportColumn, ExportRow } from './export-columns';
import type { FollowUpExportParams } from './export-params';

/** The states as the organization departments say them. */
export const STATE_LABELS: Record<FollowUpState, string> = {
  OPEN: '待跟进',
  CONTACTED: '已联系',
  VISITED: '已走访',
  FOUNDING: '组建中',
  FOUNDED: '已组建',
  NOT_APPLICABLE: '不适用',
  DATA_ERROR: '数据有误',
};

export const FOLLOW_UP_COLUMNS: ExportColumn[] = [
  { key: 'id', header: '个案编号', width: 10 },
  { key: 'uscc', header: '统一社会信用代码', width: 22 },
  { key: 'name', header: '单位名称', width: 36 },
  { key: 'region', header: '所属区划', width: 14 },
  { key: 'rule', header: '规则', width: 30 },
  { key: 'state', header: '状态', width: 10 },
  { key: 'assignee', header: '责任人', width: 20 },
  { key: 'due', header: '完成时限', width: 12 },
  { key: 'outcome', header: '结果说明', width: 40 },
  { key: 'openedAt', header: '立案时间', width: 20 },
  { key: 'closedAt', header: '办结时间', width: 20 },
];

const RULE_NAMES = Object.fromEntries(
  GAP_FLAGS.map((f) => [RULE_FLAGS[f].gap, `${RULE_FLAGS[f].rule}`]),
) as Record<string, string>;

function outcomeText(c: CaseRow): string {
  const o = c.outcome ?? {};
  if (c.state === 'NOT_APPLICABLE')
    return NOT_APPLICABLE_REASONS[o.reason as keyof typeof NOT_APPLICABLE_REASONS] ?? '';
  if (c.state === 'DATA_ERROR')
    return `${sourceLabel(String(o.department))}：${String(o.correction ?? '')}`;
  if (c.state === 'FOUNDED') return o.confirmedBy === 'roster' ? '名册已体现' : '待名册确认';
  return '';
}

/** Cases as rows, newest first, page by page (one page held at a time). */
export async function* followUpRows(
  pool: Pool,
  params: FollowUpExportParams,
  names: (ids: string[]) => Promise<Map<string, { uscc: string | null; name: string }>>,
  pageSize: number,
): AsyncGenerator<ExportRow> {
  let before: string | undefined;
  for (;;) {
    const rows = await casePage(pool, params, before, pageSize);
    const organizations = await names(rows.map((r) => r.organization_id));
    for (const c of rows) {
      const o = organizations.get(c.organization_id);
      yield {
        id: c.id,
        uscc: o?.uscc ?? null,
        name: o?.name ?? null,
        region: c.region ? `${c.region} ${divisionName(c.region) ?? ''}`.trim() : null,
        rule: RULE_NAMES[c.rule] ?? c.rule,
        state: STATE_LABELS[c.state],
        assignee: c.assignee,
        due: c.due,
        outcome: outcomeText(c),
        openedAt: c.opened_at.toISOString(),
        closedAt: c.closed_at?.toISOString() ?? null,
      };
    }
    if (rows.length < pageSize) return;
    before = rows[rows.length - 1].id;
  }
}

/** Names and USCCs of organizations, by id. */
export async function organizationNames(
  pool: Pool,
  ids: string[],
): Promise<Map<string, { uscc: string | null; name: string }>> {
  const { rows } = await pool.query<{ id: string; uscc: string | null; name: string }>(
    'select id::text, uscc, name from organization where id = any($1::bigint[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { uscc: r.uscc, name: r.name }]));
}
