/**
 * Legacy taxpayer identification number (纳税人识别号, 15-character form):
 * the 6-digit division code of the tax office followed by the hyphenless
 * 9-character organization code. Superseded by the USCC.
 */

import { isValidOrganizationCode } from './organization-code';

const TAX_ID_PATTERN = /^(\d{6})([0-9A-Z]{8}[0-9X])$/;

/** The parts of a 15-character legacy tax id. */
export interface LegacyTaxIdParts {
  /** Chars 1–6: GB/T 2260 division code. */
  divisionCode: string;
  /** Chars 7–15: the embedded organization code. */
  organizationCode: string;
  /** Whether the embedded organization code carries a valid check character. */
  valid: boolean;
}

/**
 * Parses a legacy 15-character tax id in canonical form. Only the embedded
 * organization code can be checked; the division code is not looked up here
 * (that needs the reference list, which is I/O).
 *
 * @param s - candidate id, upper case, no spaces
 * @returns the parts, or null when `s` is not 6 digits + 9 code characters
 */
export function parseLegacyTaxId(s: string): LegacyTaxIdParts | null {
  const match = TAX_ID_PATTERN.exec(s);
  if (!match) return null;
  const organizationCode = match[2]!;
  return {
    divisionCode: match[1]!,
    organizationCode,
    valid: isValidOrganizationCode(organizationCode),
  };
}
