import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  coverageFormLabel,
  type PartyCoverageForm,
  type UnionCoverageForm,
} from '../../../src/model/coverage-forms';
import type { CoverageFlag } from '../../../src/model/rule-flags';
import { useViewer } from '../app/viewer';

/**
 * English names of the catalogs' terms. The Chinese ones come from the catalogs themselves
 * (src/model/coverage-forms.ts; rule flags from the API under the rule set's thresholds); the
 * compiler checks that every term has its English name.
 */
const ENGLISH_PARTY_FORMS: Record<PartyCoverageForm, string> = {
  STANDALONE: 'standalone',
  JOINT: 'joint',
  REGIONAL: 'regional',
  INDUSTRY: 'industry',
  WORK_ONLY: 'work coverage (instructor)',
  NONE: 'not covered',
};
const ENGLISH_UNION_FORMS: Record<UnionCoverageForm, string> = {
  STANDALONE: 'standalone',
  JOINT: 'joint',
  REGIONAL: 'regional',
  INDUSTRY: 'industry',
  NONE: 'not covered',
};
const ENGLISH_FLAGS: Record<CoverageFlag, string> = {
  P1_required: 'standalone Party organization due',
  P1_met: 'standalone Party organization founded',
  P1_gap: 'standalone Party organization missing',
  U1_required: 'standalone union due',
  U1_met: 'standalone union founded',
  U1_gap: 'standalone union missing',
  K1_target: 'key target',
  K1_party_gap: 'key target without Party coverage',
  K1_union_gap: 'key target without a union',
  M1: 'Party organization, no union',
  M2: 'union, no Party organization',
  C1_gap: 'converted unit not covered',
  J1_party_candidate: 'joint Party organization candidate',
  J1_union_candidate: 'joint union candidate',
};

/** The dashboard's names for coverage forms and rule flags, in the page's language. */
export function useDomainLabels() {
  const { i18n } = useTranslation();
  const { ruleFlags } = useViewer();
  const english = i18n.language === 'en';
  const coverageForm = useCallback(
    (side: 'party' | 'union', form: string): string => {
      if (!english) return coverageFormLabel(side, form);
      const names: Record<string, string> =
        side === 'party' ? ENGLISH_PARTY_FORMS : ENGLISH_UNION_FORMS;
      return names[form] ?? form;
    },
    [english],
  );
  const ruleFlag = useCallback(
    (flag: string): string =>
      english
        ? ((ENGLISH_FLAGS as Record<string, string>)[flag] ?? flag)
        : (ruleFlags.find((f) => f.flag === flag)?.label ?? flag),
    [english, ruleFlags],
  );
  return { coverageForm, ruleFlag };
}
