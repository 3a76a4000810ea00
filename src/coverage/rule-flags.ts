import type { RegistryEvent } from '../canonical/canonical-record';
import type {
  CoverageFlag,
  CoverageFlags,
  CoverageReason,
  CoverageRuleId,
  PartyCoverage,
  UnionCoverage,
} from './coverage-facts';
import { hasPartyOrganization } from './coverage-facts';
import { noFlags } from '../model/rule-flags';
import type { KeyTargetDecision } from './key-targets';
import type { EmployeeSource, RuleSet } from './rule-set';
import { describeEmployees } from './employees';

/** Everything the rules of POLICY "How each rule is evaluated" look at, already decided. */
export interface RuleInputs {
  /** Active and in scope: every rule counts only these. */
  evaluable: boolean;
  employees: { value: number; source: EmployeeSource } | null;
  partyMembers: number;
  /** Whether a member-distribution record gave the count (else it is 0 by POLICY). */
  partyMembersStated: boolean;
  party: { coverage: PartyCoverage; id?: string };
  union: { coverage: UnionCoverage; id?: string };
  keyTarget: KeyTargetDecision | null;
  conversions: RegistryEvent[];
}

/**
 * The rule flags of one organization and a reason for each flag that is set. Employees unknown
 * meet no threshold either way: not U1-required and not a J1 union candidate (POLICY reports
 * them as a data gap "rather than silently as small").
 */
export function evaluateRules(
  input: RuleInputs,
  ruleSet: RuleSet,
): { flags: CoverageFlags; reasons: CoverageReason[] } {
  const flags: CoverageFlags = noFlags();
  const reasons: CoverageReason[] = [];
  if (!input.evaluable) return { flags, reasons };
  const set = (
    flag: CoverageFlag,
    rule: CoverageRuleId,
    text: string,
    numbers: CoverageReason['numbers'],
    sources: string[],
  ) => {
    flags[flag] = true;
    reasons.push({ rule, flag, text, numbers, sources: [...new Set(sources)] });
  };

  const { employees, partyMembers, party, union, keyTarget } = input;
  const memberThreshold = ruleSet.thresholds.partyMembersForStandalone;
  const employeeThreshold = ruleSet.thresholds.employeesForStandaloneUnion;
  const members =
    `${partyMembers} full Party member${partyMembers === 1 ? '' : 's'}` +
    `${input.partyMembersStated ? '' : ' (no member-distribution record)'}`;
  const memberSources = input.partyMembersStated ? ['party-org'] : [];
  const partySources = party.coverage === 'NONE' ? [] : ['party-org'];
  const unionSources = union.coverage === 'NONE' ? [] : ['trade-union'];
  const partyMissing = !hasPartyOrganization(party.coverage);
  const unionMissing = union.coverage === 'NONE';
  const memberNumbers = { fullPartyMembers: partyMembers, threshold: memberThreshold };

  if (partyMembers >= memberThreshold) {
    flags.P1_required = true;
    if (party.coverage === 'STANDALONE') {
      set(
        'P1_met',
        'P1',
        `${members} ≥ ${memberThreshold} and a standalone Party organization (${party.id})`,
        memberNumbers,
        [...memberSources, ...partySources],
      );
    } else {
      set(
        'P1_gap',
        'P1',
        `${members} ≥ ${memberThreshold} and party coverage ${party.coverage}`,
        memberNumbers,
        [...memberSources, ...partySources],
      );
    }
  } else if (partyMissing) {
    set(
      'J1_party_candidate',
      'J1',
      `${members} < ${memberThreshold} and party coverage ${party.coverage}`,
      memberNumbers,
      [...memberSources, ...partySources],
    );
  }

  if (employees) {
    const numbers = { employees: employees.value, threshold: employeeThreshold };
    const sources = [employees.source, ...unionSources];
    if (employees.value >= employeeThreshold) {
      flags.U1_required = true;
      if (union.coverage === 'STANDALONE') {
        set(
          'U1_met',
          'U1',
          `${describeEmployees(employees)} ≥ ${employeeThreshold} and a standalone union ` +
            `(${union.id})`,
          numbers,
          sources,
        );
      } else {
        set(
          'U1_gap',
          'U1',
          `${describeEmployees(employees)} ≥ ${employeeThreshold} and union coverage ` +
            `${union.coverage}`,
          numbers,
          sources,
        );
      }
    } else if (unionMissing) {
      set(
        'J1_union_candidate',
        'J1',
        `${describeEmployees(employees)} < ${employeeThreshold} and union coverage NONE`,
        numbers,
        sources,
      );
    }
  }

  if (keyTarget) {
    set(
      'K1_target',
      'K1',
      `key coverage target: ${keyTarget.text}`,
      keyTarget.numbers,
      keyTarget.sources,
    );
    if (partyMissing) {
      set(
        'K1_party_gap',
        'K1',
        `key target (${keyTarget.text}) and party coverage ${party.coverage}`,
        keyTarget.numbers,
        [...keyTarget.sources, ...partySources],
      );
    }
    if (unionMissing) {
      set(
        'K1_union_gap',
        'K1',
        `key target (${keyTarget.text}) and union coverage NONE`,
        keyTarget.numbers,
        keyTarget.sources,
      );
    }
  }

  if (party.coverage === 'STANDALONE' && unionMissing) {
    set(
      'M1',
      'M1',
      `standalone Party organization (${party.id}) and union coverage NONE: the Party ` +
        `organization should push the union's founding`,
      {},
      ['party-org'],
    );
  }
  if (union.coverage === 'STANDALONE' && partyMissing) {
    set(
      'M2',
      'M2',
      `standalone union (${union.id}) and party coverage ${party.coverage}: the union should ` +
        `recommend activists for Party membership`,
      {},
      ['trade-union', ...partySources],
    );
  }

  const conversion = input.conversions[0];
  if (conversion && (partyMissing || unionMissing)) {
    set(
      'C1_gap',
      'C1',
      `converted on ${conversion.date} from ${conversion.before} to ${conversion.after}; party ` +
        `coverage ${party.coverage}, union coverage ${union.coverage}`,
      {
        conversionDate: conversion.date,
        before: conversion.before ?? '',
        after: conversion.after ?? '',
      },
      ['market-regulation', ...partySources, ...unionSources],
    );
  }
  return { flags, reasons };
}
