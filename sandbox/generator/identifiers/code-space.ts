import { USCC_ALPHABET } from './uscc';

/**
 * Unique, random-looking identifier bodies derived from a counter: an affine map
 * (i·a + b) mod m is a bijection when a is coprime to m, so no two counters collide and no
 * set of issued codes has to be kept in memory.
 */
function affine(i: number, a: number, b: number, m: number): number {
  return Number((BigInt(i) * BigInt(a) + BigInt(b)) % BigInt(m));
}

const SPACE_6 = 31 ** 6;

/**
 * Eight-character organization code body for a modern (post-2015) code, e.g. `MA6U2K7Q`.
 * @param prefix two letters by issuer: `MA` enterprises, `MJ` social organizations, `MD` law firms,
 * `MC` unions
 */
export function modernOrgCodeBody(prefix: string, counter: number, salt: number): string {
  // Each issuer prefix gets its own offset so, e.g., a union and a chamber with the same counter do
  // not look alike.
  let n = affine(
    counter,
    7_368_787,
    ((salt >>> 0) + prefix.charCodeAt(1) * 104_729) % SPACE_6,
    SPACE_6,
  );
  let s = '';
  for (let k = 0; k < 6; k++) {
    s = USCC_ALPHABET[n % 31] + s;
    n = Math.floor(n / 31);
  }
  return prefix + s;
}

/** Eight-digit body of a legacy (pre-2015) organization code. */
export function legacyOrgCodeBody(counter: number, salt: number): string {
  const n = affine(counter, 9_999_991, (salt >>> 0) % 90_000_000, 90_000_000) + 10_000_000;
  return String(n);
}

/** Eight-digit sequence part of a legacy registration number. */
export function regNoSequence(counter: number, salt: number): string {
  return String(affine(counter, 7_919_003, (salt >>> 0) % 100_000_000, 100_000_000)).padStart(
    8,
    '0',
  );
}
