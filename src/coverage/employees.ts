import type { OrganizationFacts } from './organization-facts';
import { EMPLOYEE_SOURCES, employeeCountOf } from '../model/feeds';
import type { EmployeeSource, RuleSet } from './rule-set';

/** The field each source's count comes from, for reason texts. */
export const EMPLOYEE_FIELD = Object.fromEntries(
  EMPLOYEE_SOURCES.map((source) => [source, employeeCountOf(source).specField]),
) as Record<EmployeeSource, string>;

/**
 * POLICY "employees": the first source in the rule set's precedence that states a count. A
 * negative or non-finite count is not a statement (ingest quarantines those; this is a guard).
 * The union's count speaks only when a standalone union covers the organization on the date
 * ("a standalone union's employees_reported"): a shared union reports its whole membership.
 * Null means unknown: no employee threshold is met.
 */
export function pickEmployees(
  facts: OrganizationFacts,
  ruleSet: RuleSet,
  standaloneUnion: boolean,
): { value: number; source: EmployeeSource } | null {
  for (const source of ruleSet.employeesPrecedence) {
    if (source === 'trade-union' && !standaloneUnion) continue;
    const value = facts.employeesBySource[source];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { value, source };
  }
  return null;
}

/** `37 employees (tax DKDJRS)`. */
export function describeEmployees(employees: { value: number; source: EmployeeSource }): string {
  return (
    `${employees.value} employee${employees.value === 1 ? '' : 's'} (${employees.source} ` +
    `${EMPLOYEE_FIELD[employees.source]})`
  );
}
