/**
 * Legacy business registration number (工商注册号): 15 digits — 6-digit
 * registration authority code, 8-digit sequence, 1 check digit computed with
 * ISO 7064 MOD 11,10 over the first 14 digits. Superseded by the USCC.
 */

const BODY_PATTERN = /^\d{14}$/;
const NUMBER_PATTERN = /^\d{15}$/;

/**
 * Computes the ISO 7064 MOD 11,10 check digit of a registration number.
 *
 * @param first14 - the first 14 digits
 * @returns one digit `'0'`–`'9'`
 * @throws RangeError when `first14` is not 14 ASCII digits
 */
export function registrationNumberCheckDigit(first14: string): string {
  if (!BODY_PATTERN.test(first14)) {
    throw new RangeError(`registration number body must be 14 digits: ${first14}`);
  }
  let p = 10;
  for (let i = 0; i < 14; i++) {
    const s = (p + first14.charCodeAt(i) - 48) % 10;
    p = (2 * (s === 0 ? 10 : s)) % 11;
  }
  return String((11 - p) % 10);
}

/**
 * Whether `s` is a valid 15-digit registration number in canonical form
 * (ASCII digits only; normalize raw input first).
 *
 * @param s - candidate number
 */
export function isValidRegistrationNumber(s: string): boolean {
  if (!NUMBER_PATTERN.test(s)) return false;
  return registrationNumberCheckDigit(s.slice(0, 14)) === s[14];
}
