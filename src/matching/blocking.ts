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
 * - `i0:{length}:{characters at even positions}|{city}`, `i1:…odd positions…` — for
 *   cores of {@link MIN_TYPO_LENGTH}+ characters in a known city: one mistyped
 *   character changes only one of the two interleaved halves, so the other still meets
 *   (pigeonhole). Interleaving keeps part of the trade name (字号) in each half, where a
 *   prefix/suffix split leaves a half that is only the business word (…餐饮管理), a
 *   block of every restaurant in the city. Shorter cores with a typo cannot reach the
 *   `close` name level, and a profile without division has too little besides its name
 *   to link on a `close` name, so neither gets these keys.
 * - `l:{legal representative}|{county}` — catches a renamed or badly typed name when the
 *   person and county agree.
 * - `o:{organization code}` — every valid organization code, incl. chars 9–17 of each
 *   USCC: links a legacy statistics / tax record to the modern USCC.
 */

import type { MatchProfile } from './match-profile';

/**
 * Cores at least this long also get the two interleaved keys: from 5 characters on, one
 * substituted character still leaves the names `close` (similarity 1 − 1/5 = 0.8).
 */
export const MIN_TYPO_LENGTH = 5;

/**
 * Largest block compared in full (≤ 19,900 pairs). Beyond it:
 * - an `o:` block (one organization code: a chamber of commerce named by hundreds of
 *   members) is compared as a star — its first member with each other one — since
 *   sharing a valid code is identity and a star keeps the cluster connected;
 * - a `c:` block (a common core: 浙江商会 in every city) is sub-blocked by city, then by
 *   county; profiles without a division form their own sub-block;
 * - a sub-block still too large, or an oversized geographic block (`i0:`, `i1:`, `l:`),
 *   is skipped and counted in the statistics: a recall risk only for pairs that share
 *   no other key.
 */
export const MAX_BLOCK_SIZE = 200;

/**
 * The keys that find an organization by a name its records use (`n:` and the normalized name
 * key), stored beside the blocking keys but never blocked on: roster references look them up.
 */
export function nameLookupKeys(profile: MatchProfile): string[] {
  const keys = new Set<string>();
  for (const key of [profile.nameKey, ...profile.formerNameKeys])
    if (key !== '') keys.add(`n:${key}`);
  return [...keys];
}

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
  const core = profile.nameCore;
  if (core !== '') add(`c:${core}`);
  for (const former of profile.formerNameCores) if (former !== '') add(`c:${former}`);
  const city = cityOf(profile.divisionCode);
  if (core.length >= MIN_TYPO_LENGTH && city !== undefined) {
    let even = '';
    let odd = '';
    for (let i = 0; i < core.length; i++) {
      if (i % 2 === 0) even += core[i];
      else odd += core[i];
    }
    add(`i0:${core.length}:${even}|${city}`);
    add(`i1:${core.length}:${odd}|${city}`);
  }
  if (profile.legalRepresentative !== undefined && profile.divisionCode !== undefined) {
    add(`l:${profile.legalRepresentative}|${profile.divisionCode}`);
  }
  for (const code of profile.organizationCodes) add(`o:${code}`);
  return keys;
}

/** Whether a key is a name core without geography, to be sub-blocked by division when oversized. */
export function isSubBlockable(key: string): boolean {
  return key.startsWith('c:');
}

/** Whether a key is an organization code, whose oversized block is compared as a star. */
export function isIdentityKey(key: string): boolean {
  return key.startsWith('o:');
}
