import type { CoverageFlag, CoverageFlags, CoverageRuleId } from '../model/rule-flags';
import type { Category, EmployeeSource } from './rule-set';

/** How a Party organization covers an organization (POLICY "Coverage forms"); WORK_ONLY = 工作覆盖. */
export type PartyCoverage = 'STANDALONE' | 'JOINT' | 'REGIONAL' | 'INDUSTRY' | 'WORK_ONLY' | 'NONE';
/** How a union covers an organization; there is no work-only coverage on the union side. */
export type UnionCoverage = 'STANDALONE' | 'JOINT' | 'REGIONAL' | 'INDUSTRY' | 'NONE';

/** Social organization subtypes (社会团体, 社会服务机构 / 民办非企业单位, 基金会). */
export type SocialKind = 'SOCIAL_GROUP' | 'PRIVATE_NON_ENTERPRISE' | 'FOUNDATION';

/**
 * Why an organization is not evaluated. NOT_YET_ESTABLISHED: registered after the evaluation
 * date, so it did not exist then and is left out of every count.
 */
export type OutOfScopeReason = 'NOT_YET_ESTABLISHED' | 'INACTIVE' | 'PUBLIC_ECONOMIC';

export type { CoverageFlag, CoverageFlags, CoverageRuleId } from '../model/rule-flags';

/**
 * Why a flag is set (or why the organization is out of scope), with the numbers and their sources.
 */
export interface CoverageReason {
  rule: CoverageRuleId;
  /** The flag this reason explains; absent for scope / data-gap reasons. */
  flag?: CoverageFlag;
  text: string;
  numbers: Record<string, number | string>;
  /** Departments whose records gave the numbers or the coverage named in the text. */
  sources: string[];
}

/** Division of an organization (POLICY "Region"). */
export interface CoverageRegion {
  /** Six-digit county-level code. */
  division: string;
  /** `XXXX00`, with Yangling 610403 rolled into 咸阳市 610400. */
  city: string;
  /** Where the division came from. */
  source: string;
}

/** The evaluation of one organization under one rule set on one date. Plain data. */
export interface CoverageFacts {
  organizationId: string;
  ruleSetId: string;
  asOf: string;
  active: boolean;
  inScope: boolean;
  outOfScopeReason?: OutOfScopeReason;
  category: Category;
  socialKind?: SocialKind;
  employees: { value: number; source: EmployeeSource } | null;
  employeesUnknown: boolean;
  partyMembers: number;
  partyCoverage: PartyCoverage;
  unionCoverage: UnionCoverage;
  region: CoverageRegion | null;
  /** Township / street (乡镇街道): first 9 digits of the statistics 统计区划代码. */
  street?: string;
  /** GB/T 4754 section letter (A–T), when the industry is known. */
  industrySection: string | null;
  flags: CoverageFlags;
  reasons: CoverageReason[];
}

/** Party coverage by an organization of its own or shared (not work-only, not none). */
export function hasPartyOrganization(coverage: PartyCoverage): boolean {
  return coverage !== 'NONE' && coverage !== 'WORK_ONLY';
}
