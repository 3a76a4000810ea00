import { useViewer } from '../../app/viewer';

/** A gap rule as the server's rule catalog names it (falls back to the code). */
export function useRuleLabel(): (rule: string) => string {
  const { gapRules } = useViewer();
  return (rule) => gapRules.find((r) => r.rule === rule)?.label ?? rule;
}
