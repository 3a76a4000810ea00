/**
 * Field-by-field comparison of two match profiles into agreement levels: the
 * comparison vector (比对向量) that the Fellegi–Sunter model weighs and EM learns from.
 */

import { distance } from 'fastest-levenshtein';
import {
  CLOSE_NAME_SIMILARITY,
  nameAgreementLevel,
  type NameAgreementLevel,
  type NormalizedOrganizationName,
} from '../names';
import type { MatchProfile } from './match-profile';

/** Name agreement; `missing` when either side has no name. Former names count. */
export type NameLevel = NameAgreementLevel | 'missing';
/**
 * Branch segments: both none, equal, or different (a veto: a branch never merges with its head
 * office).
 */
export type BranchLevel = 'none' | 'equal' | 'different';
/** Division codes (行政区划): same county, same city (first 4 digits), or neither. */
export type DivisionLevel = 'same-county' | 'same-city' | 'different' | 'missing';
/** Legal representatives (法定代表人), compared exactly after NFKC and space removal. */
export type LegalRepLevel = 'exact' | 'different' | 'missing';
/** Addresses: `close` at normalized Levenshtein similarity ≥ {@link CLOSE_ADDRESS_SIMILARITY}. */
export type AddressLevel = 'close' | 'different' | 'missing';
/** GB/T 4754 industry codes: same class (4 digits), same section (letter), or neither. */
export type IndustryLevel = 'same-class' | 'same-section' | 'different' | 'missing';
/**
 * Identifier agreement. `conflicting-uscc` (both have valid USCCs, none shared, and no
 * shared organization code) is a veto; `different-organization-code` (both have codes,
 * none shared, no USCC conflict) is strong negative evidence, not a veto.
 */
export type IdentifierLevel =
  | 'same-uscc'
  | 'same-organization-code'
  | 'different-organization-code'
  | 'conflicting-uscc'
  | 'missing';

/** Per-field agreement levels of one pair of profiles. */
export interface ComparisonVector {
  name: NameLevel;
  branch: BranchLevel;
  division: DivisionLevel;
  legalRep: LegalRepLevel;
  address: AddressLevel;
  industry: IndustryLevel;
  identifier: IdentifierLevel;
  /**
   * The shared core when `name` is `exact` or `core-exact` (for term-frequency adjustment), else
   * null.
   */
  nameCore: string | null;
}

/** Why a pair can never link. */
export type Veto = 'branch' | 'conflicting-uscc';

/**
 * Whether the pair shares a valid identifier: a USCC, or an organization code (SPEC:
 * the code embedded in a USCC links a legacy record to a modern one). Both are
 * assigned once nationally and pass a check character, so sharing one is identity.
 */
export function isIdentity(vector: ComparisonVector): boolean {
  return vector.identifier === 'same-uscc' || vector.identifier === 'same-organization-code';
}

/** Address similarity at or above which two addresses count as `close`. */
export const CLOSE_ADDRESS_SIMILARITY = 0.85;

const NAME_RANK: Readonly<Record<NameAgreementLevel, number>> = {
  exact: 3,
  'core-exact': 2,
  close: 1,
  different: 0,
};

/** The veto a vector carries, if any. */
export function vetoOf(vector: ComparisonVector): Veto | null {
  if (vector.branch === 'different') return 'branch';
  if (vector.identifier === 'conflicting-uscc') return 'conflicting-uscc';
  return null;
}

/** Just what `nameAgreementLevel` reads, for names already normalized in a profile. */
function asNormalized(
  key: string,
  core: string,
  branch: string | null,
): NormalizedOrganizationName {
  return { display: '', key, core, region: null, legalForm: null, branch };
}

/** Level of two (key, core) names; length bound first, so most unrelated pairs skip Levenshtein. */
function namePairLevel(
  keyA: string,
  coreA: string,
  keyB: string,
  coreB: string,
  branch: string | null,
): NameAgreementLevel {
  if (keyA === keyB) return 'exact';
  if (coreA === coreB) return 'core-exact';
  const longer = Math.max(coreA.length, coreB.length);
  if (longer === 0 || Math.abs(coreA.length - coreB.length) > (1 - CLOSE_NAME_SIMILARITY) * longer)
    return 'different';
  return nameAgreementLevel(asNormalized(keyA, coreA, branch), asNormalized(keyB, coreB, branch));
}

/**
 * Best name agreement over each side's primary and former names, with the shared core
 * when the best level is exact or core-exact.
 *
 * @param a - profile
 * @param b - profile
 */
export function compareNames(
  a: MatchProfile,
  b: MatchProfile,
): { level: NameLevel; core: string | null } {
  if (a.nameKey === '' || b.nameKey === '') return { level: 'missing', core: null };
  let best: NameAgreementLevel = namePairLevel(
    a.nameKey,
    a.nameCore,
    b.nameKey,
    b.nameCore,
    a.branch,
  );
  let core: string | null = best === 'exact' || best === 'core-exact' ? a.nameCore : null;
  if (best === 'exact' || (a.formerNameKeys.length === 0 && b.formerNameKeys.length === 0))
    return { level: best, core };
  const namesA = [
    [a.nameKey, a.nameCore],
    ...a.formerNameKeys.map((k, i) => [k, a.formerNameCores[i]!]),
  ] as const;
  const namesB = [
    [b.nameKey, b.nameCore],
    ...b.formerNameKeys.map((k, i) => [k, b.formerNameCores[i]!]),
  ] as const;
  for (const [keyA, coreA] of namesA) {
    for (const [keyB, coreB] of namesB) {
      // Former names carry no branch of their own; the primary names' branch rule is the veto.
      const level = namePairLevel(keyA, coreA, keyB, coreB, null);
      if (NAME_RANK[level] > NAME_RANK[best]) {
        best = level;
        core = level === 'exact' || level === 'core-exact' ? coreA : null;
      }
    }
  }
  return { level: best, core };
}

function compareBranches(a: MatchProfile, b: MatchProfile): BranchLevel {
  if (a.branch === b.branch) return a.branch === null ? 'none' : 'equal';
  return 'different';
}

function compareDivisions(a?: string, b?: string): DivisionLevel {
  if (a === undefined || b === undefined) return 'missing';
  if (a === b) return 'same-county';
  return a.slice(0, 4) === b.slice(0, 4) ? 'same-city' : 'different';
}

function compareLegalReps(a?: string, b?: string): LegalRepLevel {
  if (a === undefined || b === undefined) return 'missing';
  return a === b ? 'exact' : 'different';
}

/**
 * Normalized Levenshtein similarity ≥ {@link CLOSE_ADDRESS_SIMILARITY}; the length bound skips
 * hopeless pairs.
 */
function compareAddresses(a?: string, b?: string): AddressLevel {
  if (a === undefined || b === undefined) return 'missing';
  if (a === b) return 'close';
  const longer = Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) > (1 - CLOSE_ADDRESS_SIMILARITY) * longer) return 'different';
  return 1 - distance(a, b) / longer >= CLOSE_ADDRESS_SIMILARITY ? 'close' : 'different';
}

/** `close` when any address of one profile is close to any of the other's (see otherAddresses). */
function bestAddressAgreement(a: MatchProfile, b: MatchProfile): AddressLevel {
  const level = compareAddresses(a.address, b.address);
  if (level !== 'different' || (a.otherAddresses.length === 0 && b.otherAddresses.length === 0)) {
    return level;
  }
  for (const x of [a.address!, ...a.otherAddresses]) {
    for (const y of [b.address!, ...b.otherAddresses]) {
      if (compareAddresses(x, y) === 'close') return 'close';
    }
  }
  return 'different';
}

function compareIndustries(a?: string, b?: string): IndustryLevel {
  if (a === undefined || b === undefined) return 'missing';
  if (a === b) return 'same-class';
  return a[0] === b[0] ? 'same-section' : 'different';
}

function shareAny(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/**
 * Identifier agreement. Different USCCs with the same embedded organization code are
 * one legal entity re-coded (e.g. a change of registration authority), so they count as
 * `same-organization-code`, not as a conflict.
 */
function compareIdentifiers(a: MatchProfile, b: MatchProfile): IdentifierLevel {
  if (a.usccs.length > 0 && b.usccs.length > 0 && shareAny(a.usccs, b.usccs)) return 'same-uscc';
  if (a.organizationCodes.length > 0 && b.organizationCodes.length > 0) {
    if (shareAny(a.organizationCodes, b.organizationCodes)) return 'same-organization-code';
    if (a.usccs.length > 0 && b.usccs.length > 0) return 'conflicting-uscc';
    return 'different-organization-code';
  }
  return 'missing';
}

/**
 * Compares two profiles field by field. Pure and symmetric in its levels.
 *
 * @param a - profile (e.g. the incoming record)
 * @param b - profile (e.g. a candidate organization)
 */
export function compareProfiles(a: MatchProfile, b: MatchProfile): ComparisonVector {
  const name = compareNames(a, b);
  return {
    name: name.level,
    branch: compareBranches(a, b),
    division: compareDivisions(a.divisionCode, b.divisionCode),
    legalRep: compareLegalReps(a.legalRepresentative, b.legalRepresentative),
    address: bestAddressAgreement(a, b),
    industry: compareIndustries(a.industryCode, b.industryCode),
    identifier: compareIdentifiers(a, b),
    nameCore: name.core,
  };
}
