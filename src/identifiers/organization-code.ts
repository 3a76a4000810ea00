/**
 * Organization code (组织机构代码, GB 11714): 8 body characters from [0-9A-Z]
 * plus one check character (mod 11, `X` for 10). Printed as `XXXXXXXX-X`;
 * embedded without the hyphen in chars 9–17 of a USCC.
 */

const BODY_PATTERN = /^[0-9A-Z]{8}$/;
const CODE_PATTERN = /^[0-9A-Z]{8}[0-9X]$/;
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

// Whitespace JS `\s` misses but spreadsheets and web forms still leak into codes.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// Every dash-like character (`\p{Pd}`) covers `-`, `－` (after NFKC), `‐`, `–`, `—`.
const SPACES_AND_DASHES = /[\s\p{Pd}]/gu;

/** Value of one body character: digits 0–9, letters A=10 … Z=35. */
function characterValue(ch: string): number {
  const code = ch.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}

/**
 * Folds a hand-typed identifier into canonical form: NFKC width folding
 * (full-width digits and letters become ASCII), removal of all whitespace and
 * dashes, upper case. Shared by every identifier scheme in this folder.
 *
 * @param raw - the value as found in a feed; may be null or undefined
 * @returns the folded string, or null when nothing is left
 */
export function foldIdentifierInput(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const folded = raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SPACES_AND_DASHES, '')
    .toUpperCase();
  return folded === '' ? null : folded;
}

/**
 * Computes the GB 11714 check character of an organization code body.
 *
 * @param first8 - the 8 body characters, canonical form ([0-9A-Z])
 * @returns `'0'`–`'9'` or `'X'`
 * @throws RangeError when `first8` is not 8 characters of [0-9A-Z]
 */
export function organizationCodeCheckCharacter(first8: string): string {
  if (!BODY_PATTERN.test(first8)) {
    throw new RangeError(`organization code body must be 8 chars of [0-9A-Z]: ${first8}`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += characterValue(first8[i]!) * WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * Whether `s` is a valid organization code in canonical form: 9 characters,
 * no hyphen, upper case, correct check character. Does not normalize; run
 * {@link normalizeOrganizationCodeInput} on raw input first.
 *
 * @param s - candidate code, e.g. `'192203821'`
 */
export function isValidOrganizationCode(s: string): boolean {
  if (!CODE_PATTERN.test(s)) return false;
  return organizationCodeCheckCharacter(s.slice(0, 8)) === s[8];
}

/**
 * Normalizes hand-typed organization code input: NFKC width folding, removal
 * of spaces and the hyphen of `XXXXXXXX-X`, upper case. Does not validate.
 *
 * @param raw - the value as found in a feed
 * @returns the canonical candidate, or null when empty
 */
export function normalizeOrganizationCodeInput(raw: string | null | undefined): string | null {
  return foldIdentifierInput(raw);
}
