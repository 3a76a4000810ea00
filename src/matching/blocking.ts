/**
 * Blocking (分块): the keys that decide which profiles are compared at all. A true match
 * must share at least one key (or it is never seen), while blocks stay small enough
 * that comparing within them is cheap.
 *
 * Keys, and the noise each one survives (SPEC "What real exports get wrong"):
 * - `c:{core}` — exact name core, for the name and every former name. The core already
 *   drops region prefix/suffix (陕西…, …（陕西）, 西安市雁塔区…), 有限公司/有限责任公司,
 *   bracket width, stray spaces and traditional characters, and a former name is keyed
 *   too, so all of those variants keep this key.
 * - `h1:{first half of core}|{city}`, `h2:{second half}|{city}` — for cores of
 *   {@link MIN_HALVES_LENGTH}+ characters: one mistyped character falls in one half, so
 *   the other half still meets (pigeonhole). Shorter cores with a typo cannot reach the
 *   `close` name level anyway.
 * - `l:{legal representative}|{county}` — catches a renamed or badly typed name when the
 *   person and county agree.
 * - `o:{organization code}` — every valid organization code, incl. chars 9–17 of each
 *   USCC: links a legacy statistics / tax record to the modern USCC.
 */

import type { MatchProfile } from './match-profile';

/** Cores at least this long also get the two half-core keys. */
export const MIN_HALVES_LENGTH = 5;

/**
 * Largest block compared in full (≤ 19,900 pairs). A larger block of a key without
 * geography (`c:`, `o:`) is sub-blocked by city, then by county (profiles without a
 * division form their own sub-block); a sub-block still too large, or an oversized
 * geographic block (`h1:`, `h2:`, `l:`), is skipped and counted in the statistics. A
 * skipped block is a recall risk only for pairs that share no other key.
 */
export const MAX_BLOCK_SIZE = 200;

/** The city part (first 4 digits) of a division code, or undefined. */
export function cityOf(divisionCode: string | undefined): string | undefined {
  return divisionCode?.slice(0, 4);
}

/**
 * The blocking keys of one profile, without duplicates, in a fixed order.
 *
 * @param profile - a record's or organization's profile
 */
export function blockingKeys(profile: MatchProfile): string[] {
  const keys: string[] = [];
  const add = (key: string): void => {
    if (!keys.includes(key)) keys.push(key);
  };
  const city = cityOf(profile.divisionCode);
  const core = profile.nameCore;
  if (core !== '') add(`c:${core}`);
  for (const former of profile.formerNameCores) if (former !== '') add(`c:${former}`);
  if (city !== undefined && core.length >= MIN_HALVES_LENGTH) {
    const half = Math.floor(core.length / 2);
    add(`h1:${core.slice(0, half)}|${city}`);
    add(`h2:${core.slice(half)}|${city}`);
  }
  if (profile.legalRepresentative !== undefined && profile.divisionCode !== undefined) {
    add(`l:${profile.legalRepresentative}|${profile.divisionCode}`);
  }
  for (const code of profile.organizationCodes) add(`o:${code}`);
  return keys;
}

/** Whether a key has no geography of its own and may be sub-blocked by division. */
export function isSubBlockable(key: string): boolean {
  return key.startsWith('c:') || key.startsWith('o:');
}
