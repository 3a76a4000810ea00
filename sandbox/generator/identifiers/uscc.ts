import { completeOrgCode } from './organization-code';

/** The 31 characters a USCC (统一社会信用代码, GB 32100-2015) may use: no I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Check character (position 18) for the first 17 USCC characters; null when malformed. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** True for an 18-character USCC whose check character is right (format only, no normalisation). */
export function isValidUscc(code: string): boolean {
  if (code.length !== 18) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}

/**
 * Builds a USCC from its parts.
 * @param category two chars: authority + kind, e.g. `91` enterprise, `51` social group, `31` law
 * firm
 * @param division six digits of the registering division (e.g. `610113`, `100000` for national)
 * @param orgCodeBody eight characters of the embedded organization code (check char is added)
 */
export function makeUscc(category: string, division: string, orgCodeBody: string): string {
  const first17 = category + division + completeOrgCode(orgCodeBody);
  const check = usccCheckChar(first17);
  if (check === null) throw new Error(`cannot build USCC from ${first17}`);
  return first17 + check;
}

/** The embedded 9-character organization code (chars 9–17). */
export function usccOrgCode(uscc: string): string {
  return uscc.slice(8, 17);
}
