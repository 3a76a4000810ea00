import type { OrganizationFacts } from './organization-facts';
import type { CoverageFacts, CoverageReason, OutOfScopeReason } from './coverage-facts';
import type { RuleSet } from './rule-set';
import { onOrBefore } from './as-of';
import {
  categorize,
  decideActivity,
  owningRegistries,
  scopeReason,
  socialKindOf,
} from './classify-organization';
import { pickEmployees } from './employees';
import { partyCoverageOf, unionCoverageOf } from './coverage-form';
import { regionOf, streetOf } from './region';
import { keyTarget } from './key-targets';
import { conversionsAsOf } from './conversion';
import { evaluateRules } from './rule-flags';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INDUSTRY = /^([A-T])\d{4}$/;

/**
 * Evaluates POLICY "How each rule is evaluated" for one resolved organization under `ruleSet`
 * as of `asOf` (`YYYY-MM-DD`). Pure: the date is a parameter, and facts dated after it (the
 * organization's own registration, events, Party organizations, unions) are ignored. Flags are
 * set only for organizations active and in scope on that date.
 */
export function evaluateOrganization(
  facts: OrganizationFacts,
  ruleSet: RuleSet,
  asOf: string,
): CoverageFacts {
  if (!ISO_DATE.test(asOf)) throw new RangeError(`asOf must be YYYY-MM-DD, got '${asOf}'`);

  const category = categorize(facts, ruleSet, asOf);
  const activity = decideActivity(facts, category.category, ruleSet, asOf);
  const established = onOrBefore(facts.establishedOn, asOf);
  const outOfScopeReason: OutOfScopeReason | undefined = !established
    ? 'NOT_YET_ESTABLISHED'
    : !activity.active
      ? 'INACTIVE'
      : category.category === 'PUBLIC_ECONOMIC'
        ? 'PUBLIC_ECONOMIC'
        : undefined;
  const active = established && activity.active;
  const inScope = outOfScopeReason === undefined;

  const stated = facts.fullPartyMembers;
  const partyMembersStated = typeof stated === 'number' && Number.isFinite(stated) && stated >= 0;
  const partyMembers = partyMembersStated ? stated : 0;
  const party = partyCoverageOf(facts.partyOrganizations, facts.instructorAssigned, asOf);
  const union = unionCoverageOf(facts.unions, asOf);
  const employees = pickEmployees(facts, ruleSet, union.coverage === 'STANDALONE');
  const target = inScope ? keyTarget(facts, category.category, employees, ruleSet) : null;

  const { flags, reasons: ruleReasons } = evaluateRules(
    {
      evaluable: inScope,
      employees,
      partyMembers,
      partyMembersStated,
      party,
      union,
      keyTarget: target,
      conversions: conversionsAsOf(facts.events, ruleSet, asOf),
    },
    ruleSet,
  );

  const reasons: CoverageReason[] = [
    scopeReason(
      category,
      activity,
      scopeText(
        outOfScopeReason,
        category.text,
        activity.status,
        activity.source,
        facts.establishedOn,
        asOf,
      ),
    ),
  ];
  if (inScope && !employees) {
    reasons.push({
      rule: 'EMPLOYEES',
      text:
        `employees unknown: none of ${ruleSet.employeesPrecedence.join(', ')} states a ` +
        `count; no employee threshold is met`,
      numbers: {},
      sources: [],
    });
  }
  reasons.push(...ruleReasons);

  const industry = facts.industryCode ? INDUSTRY.exec(facts.industryCode.trim()) : null;
  const street = streetOf(facts);
  return {
    organizationId: facts.id,
    ruleSetId: ruleSet.id,
    asOf,
    active,
    inScope,
    ...(outOfScopeReason ? { outOfScopeReason } : {}),
    category: category.category,
    ...(category.category === 'SOCIAL_ORGANIZATION'
      ? optional('socialKind', socialKindOf(facts))
      : {}),
    employees,
    employeesUnknown: employees === null,
    partyMembers,
    partyCoverage: party.coverage,
    unionCoverage: union.coverage,
    region: regionOf(facts, owningRegistries(facts, category.category, ruleSet)[0], ruleSet),
    ...optional('street', street),
    industrySection: industry ? industry[1] : null,
    flags,
    reasons,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function scopeText(
  reason: OutOfScopeReason | undefined,
  category: string,
  status: string | undefined,
  source: string | undefined,
  establishedOn: string | undefined,
  asOf: string,
): string {
  const statusText = status ? `status ${status} (${source})` : 'no registry states a status';
  switch (reason) {
    case 'NOT_YET_ESTABLISHED':
      return `out of scope: established ${establishedOn}, after ${asOf}`;
    case 'INACTIVE':
      return `out of scope: inactive, ${statusText}`;
    case 'PUBLIC_ECONOMIC':
      return `out of scope: ${category}`;
    default:
      return `in scope: ${category}, ${statusText}`;
  }
}
