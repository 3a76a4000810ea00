/**
 * Unified social credit code (统一社会信用代码, USCC, GB 32100-2015): 18
 * characters — registration authority (1), organization category (2),
 * division code at registration (3–8), organization code (9–17, GB 11714),
 * check character (18, weighted sum mod 31).
 */

import { foldIdentifierInput, isValidOrganizationCode } from './organization-code';

/** The 31 characters a USCC may contain (no I, O, S, V, Z). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const BODY_PATTERN = /^[0-9A-HJ-NP-RTUWXY]{17}$/;
const USCC_PATTERN = /^[0-9A-HJ-NP-RTUWXY]{18}$/;

/** The parts of a valid USCC. */
export interface UsccParts {
  /** Char 1: registration authority (e.g. `9` market regulation, `5` civil affairs). */
  authority: string;
  /** Chars 1–2: authority + organization category, e.g. `'91'` enterprise. */
  category: string;
  /** Chars 3–8: GB/T 2260 division code at registration. */
  divisionCode: string;
  /** Chars 9–17: the embedded GB 11714 organization code, hyphenless. */
  organizationCode: string;
}

/**
 * Computes the GB 32100 check character (char 18) of a USCC body.
 *
 * @param first17 - chars 1–17 in canonical form, all from {@link USCC_ALPHABET}
 * @returns one character of {@link USCC_ALPHABET}
 * @throws RangeError when `first17` is not 17 characters of the alphabet
 */
export function usccCheckCharacter(first17: string): string {
  if (!BODY_PATTERN.test(first17)) {
    throw new RangeError(`USCC body must be 17 chars of ${USCC_ALPHABET}: ${first17}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return USCC_ALPHABET[check === 31 ? 0 : check]!;
}

/**
 * Whether `s` is a valid USCC in canonical form: 18 alphabet characters, a
 * correct check character 18, and a valid embedded organization code (chars
 * 9–17). Early pilot codes fail the second check and are rejected on purpose.
 * Does not normalize; run {@link normalizeUsccInput} on raw input first.
 *
 * @param s - candidate code, e.g. `'914403001922038216'`
 */
export function isValidUscc(s: string): boolean {
  if (!USCC_PATTERN.test(s)) return false;
  if (usccCheckCharacter(s.slice(0, 17)) !== s[17]) return false;
  return isValidOrganizationCode(s.slice(8, 17));
}

/**
 * Splits a valid USCC into its parts.
 *
 * @param valid - a USCC that passes {@link isValidUscc}
 * @throws RangeError when `valid` is not a valid USCC
 */
export function parseUscc(valid: string): UsccParts {
  if (!isValidUscc(valid)) throw new RangeError(`not a valid USCC: ${valid}`);
  return {
    authority: valid.slice(0, 1),
    category: valid.slice(0, 2),
    divisionCode: valid.slice(2, 8),
    organizationCode: valid.slice(8, 17),
  };
}

/**
 * Normalizes hand-typed USCC input: NFKC width folding (`９１６１…` → `9161…`),
 * removal of all whitespace and hyphens, upper case. Does not validate and
 * does not repair look-alike letters (see `usccRepairCandidates`).
 *
 * @param raw - the value as found in a feed
 * @returns the canonical candidate, or null when empty
 */
export function normalizeUsccInput(raw: string | null | undefined): string | null {
  return foldIdentifierInput(raw);
}
