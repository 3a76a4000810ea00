import type { OrganizationFacts } from './organization-facts';
import type { CoverageRegion } from './coverage-facts';
import type { RuleSet } from './rule-set';
import type { SourceId } from '../model/feeds';

const DIVISION = /^\d{6}$/;
const AREA_CODE = /^\d{12}$/;

/**
 * City of a six-digit division: first four digits + 00, unless the rule set rolls it elsewhere
 * (Yangling).
 */
export function cityOfDivision(division: string, ruleSet: RuleSet): string {
  return ruleSet.cityOverrides[division] ?? `${division.slice(0, 4)}00`;
}

/** Province of a six-digit division: first two digits + 0000. */
export function provinceOfDivision(division: string): string {
  return `${division.slice(0, 2)}0000`;
}

function divisionFrom(facts: OrganizationFacts, source: SourceId): string | undefined {
  if (source === 'statistics') {
    const area = facts.statisticsAreaCode?.trim();
    if (area && AREA_CODE.test(area)) return area.slice(0, 6);
  }
  const code = facts.divisionBySource[source]?.trim();
  return code && DIVISION.test(code) ? code : undefined;
}

/**
 * POLICY "Region": the division from the owning registry, else statistics (first 6 digits of
 * 统计区划代码, or its plain division code), else tax. `owner` is the first owning registry of
 * the organization's kind, as for "active". Malformed codes are skipped.
 */
export function regionOf(
  facts: OrganizationFacts,
  owner: SourceId,
  ruleSet: RuleSet,
): CoverageRegion | null {
  const order = [owner, ...ruleSet.regionFallback.filter((source) => source !== owner)];
  for (const source of order) {
    const division = divisionFrom(facts, source);
    if (division) return { division, city: cityOfDivision(division, ruleSet), source };
  }
  return null;
}

/** Township / street (乡镇街道): digits 1–9 of a well-formed 12-digit 统计区划代码. */
export function streetOf(facts: OrganizationFacts): string | undefined {
  const area = facts.statisticsAreaCode?.trim();
  return area && AREA_CODE.test(area) ? area.slice(0, 9) : undefined;
}
