/**
 * Comparison of two organization names on their normalized forms, as inputs
 * to a Fellegi–Sunter matcher (agreement levels) or to ranking (similarity).
 */

import { distance } from 'fastest-levenshtein';
import { normalizeOrganizationName, type NormalizedOrganizationName } from './normalize-name';

/** How far two names agree, strongest first. */
export type NameAgreementLevel = 'exact' | 'core-exact' | 'close' | 'different';

/** A raw name (feeds may lack one), or one already normalized (cheaper for many pairs). */
export type NameInput = string | null | undefined | NormalizedOrganizationName;

/** Core similarity at or above which two names count as `'close'`. */
export const CLOSE_NAME_SIMILARITY = 0.8;

// Equal cores but different keys (region or legal form differ) rank just below equal keys.
const CORE_WEIGHT = 0.95;

function normalized(name: NameInput): NormalizedOrganizationName {
  return name == null || typeof name === 'string' ? normalizeOrganizationName(name) : name;
}

/** 1 − Levenshtein distance / length of the longer string; 0 when either is empty. */
function levenshteinSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (a.length === 0 || b.length === 0) return 0;
  return 1 - distance(a, b) / longer;
}

/**
 * Branch rule: a branch is an organization of its own, so a branch never
 * matches its head office, nor another branch.
 */
function branchesConflict(a: NormalizedOrganizationName, b: NormalizedOrganizationName): boolean {
  return a.branch !== b.branch;
}

/**
 * Similarity of two organization names in [0, 1]: 1 when the matching keys
 * are equal, otherwise 0.95 × the normalized Levenshtein similarity of the
 * cores (so equal cores with a different region or legal form score 0.95).
 * Empty names score 0.
 *
 * @param a - raw or normalized name
 * @param b - raw or normalized name
 */
export function nameSimilarity(a: NameInput, b: NameInput): number {
  const x = normalized(a);
  const y = normalized(b);
  if (x.key === '' || y.key === '') return 0;
  if (x.key === y.key) return 1;
  return CORE_WEIGHT * levenshteinSimilarity(x.core, y.core);
}

/**
 * Agreement level of two organization names:
 * - `'different'` when either is empty, when exactly one is a branch, or when
 *   both are branches with different branch segments;
 * - `'exact'` when the matching keys are equal;
 * - `'core-exact'` when the cores are equal (region or legal form differs);
 * - `'close'` when the core similarity is at least {@link CLOSE_NAME_SIMILARITY};
 * - `'different'` otherwise.
 *
 * @param a - raw or normalized name
 * @param b - raw or normalized name
 */
export function nameAgreementLevel(a: NameInput, b: NameInput): NameAgreementLevel {
  const x = normalized(a);
  const y = normalized(b);
  if (x.key === '' || y.key === '' || branchesConflict(x, y)) return 'different';
  if (x.key === y.key) return 'exact';
  if (x.core === y.core) return 'core-exact';
  return levenshteinSimilarity(x.core, y.core) >= CLOSE_NAME_SIMILARITY ? 'close' : 'different';
}
