/**
 * The coverage forms (覆盖形式) of POLICY "Coverage forms" as the departments name them: how a
 * Party organization (单独组建 …) or a union (单独建会 …) covers a unit, or that nothing does.
 * Exports, the API's Chinese reasons and the dashboard all name them from here.
 */
export const PARTY_COVERAGE_LABELS = {
  STANDALONE: '单独组建',
  JOINT: '联合组建',
  REGIONAL: '区域性',
  INDUSTRY: '行业性',
  WORK_ONLY: '工作覆盖（党建指导员）',
  NONE: '未覆盖',
} as const;

export const UNION_COVERAGE_LABELS = {
  STANDALONE: '单独建会',
  JOINT: '联合建会',
  REGIONAL: '区域性',
  INDUSTRY: '行业性',
  NONE: '未覆盖',
} as const;

export type PartyCoverageForm = keyof typeof PARTY_COVERAGE_LABELS;
export type UnionCoverageForm = keyof typeof UNION_COVERAGE_LABELS;

/** A form's label on one side; the code itself when it is none of the known ones. */
export function coverageFormLabel(side: 'party' | 'union', form: string): string {
  const labels: Record<string, string> =
    side === 'party' ? PARTY_COVERAGE_LABELS : UNION_COVERAGE_LABELS;
  return labels[form] ?? form;
}
