import type { RegistrationLevel } from '../canonical/canonical-record';
import type { OrganizationFacts } from './organization-facts';
import type { Category, EmployeeSource, RuleSet } from './rule-set';

/** Why an organization is a key coverage target (重点覆盖对象, K1), or null. */
export interface KeyTargetDecision {
  text: string;
  numbers: Record<string, number | string>;
  sources: string[];
}

/**
 * Registration level: the stated level, else the first rule-set authority pattern matching 登记管理机关.
 */
export function registrationLevelOf(
  facts: OrganizationFacts,
  ruleSet: RuleSet,
): RegistrationLevel | undefined {
  if (facts.registrationLevel) return facts.registrationLevel;
  const authority = facts.registrationAuthority?.trim();
  if (!authority) return undefined;
  return ruleSet.keyTargets.socialGroups.authorityLevels.find((entry) =>
    new RegExp(entry.pattern).test(authority),
  )?.level;
}

/**
 * POLICY "K1 target" (the caller checks active and in scope): a non-public economic
 * organization with ≥ 10 employees; a 社会团体 registered at national or provincial level; a
 * 民办非企业单位 / 社会服务机构 in 教育 or 卫生健康 with ≥ 30 employees; any professional firm.
 * Unknown employees meet no threshold.
 */
export function keyTarget(
  facts: OrganizationFacts,
  category: Category,
  employees: { value: number; source: EmployeeSource } | null,
  ruleSet: RuleSet,
): KeyTargetDecision | null {
  const { thresholds, keyTargets } = ruleSet;
  if (category === 'PROFESSIONAL_FIRM') {
    return { text: 'professional firm (any size)', numbers: { category }, sources: [] };
  }
  if (category === 'NON_PUBLIC_ECONOMIC') {
    const threshold = thresholds.keyNonPublicEmployees;
    if (!employees || employees.value < threshold) return null;
    return {
      text: `non-public economic organization with ${employees.value} employees ≥ ${threshold}`,
      numbers: { employees: employees.value, threshold },
      sources: [employees.source],
    };
  }
  if (category !== 'SOCIAL_ORGANIZATION') return null;
  const type = facts.socialOrgType?.trim() ?? '';
  if (keyTargets.socialGroups.orgTypes.includes(type)) {
    const level = registrationLevelOf(facts, ruleSet);
    if (!level || !keyTargets.socialGroups.levels.includes(level)) return null;
    return {
      text:
        `${type} registered at ${level} level ` +
        `(${facts.registrationAuthority ?? 'level stated'})`,
      numbers: { level, authority: facts.registrationAuthority ?? '' },
      sources: ['civil-affairs'],
    };
  }
  const { orgTypes, sectors } = keyTargets.schoolsAndHospitals;
  const sector = facts.sector?.trim() ?? '';
  if (orgTypes.includes(type) && sectors.includes(sector)) {
    const threshold = thresholds.keySchoolHospitalEmployees;
    if (!employees || employees.value < threshold) return null;
    return {
      text: `${type} in ${sector} with ${employees.value} employees ≥ ${threshold}`,
      numbers: { employees: employees.value, threshold, sector },
      sources: [...new Set(['civil-affairs', employees.source])],
    };
  }
  return null;
}
