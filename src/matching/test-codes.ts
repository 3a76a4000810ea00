/**
 * Valid codes for the matcher's tests, built with the identifiers core's check functions.
 */

import { organizationCodeCheckCharacter, usccCheckCharacter } from '../identifiers';

/**
 * A valid USCC from a division and an 8-character organization-code body.
 *
 * @param division - chars 3–8, e.g. `'610302'`
 * @param body - 8 characters of [0-9A-HJ-NP-RTUWXY]
 * @param category - chars 1–2, default `'91'` (enterprise)
 */
export function validUscc(division: string, body: string, category = '91'): string {
  const first17 = `${category}${division}${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + usccCheckCharacter(first17);
}

/** The valid organization code of an 8-character body, hyphenless. */
export function validOrganizationCode(body: string): string {
  return body + organizationCodeCheckCharacter(body);
}
