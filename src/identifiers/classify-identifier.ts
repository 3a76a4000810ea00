/**
 * Classifies a raw identifier from any feed into its scheme and validity, and
 * exposes the embedded organization code that links legacy records to modern
 * ones. Pure: no lookups, no repairs (see `usccRepairCandidates`).
 */

import { foldIdentifierInput, isValidOrganizationCode } from './organization-code';
import { isValidRegistrationNumber } from './registration-number';
import { parseLegacyTaxId } from './tax-id';
import { isValidUscc, parseUscc } from './uscc';

/** The identifier schemes the hub recognises. */
export type IdentifierScheme =
  'uscc' | 'organization-code' | 'registration-number' | 'legacy-tax-id' | 'unknown';

/** Result of {@link classifyIdentifier}. Derived fields are set only when `valid`. */
export interface ClassifiedIdentifier {
  /** The value exactly as received. */
  raw: string | null | undefined;
  /** Width/case/space/hyphen-folded form; `''` when the input is empty. */
  normalized: string;
  scheme: IdentifierScheme;
  valid: boolean;
  /** Embedded (or own) organization code, hyphenless, for linking legacy records. */
  organizationCode?: string;
  /** GB/T 2260 division code carried by the identifier. */
  divisionCode?: string;
  /** USCC chars 1–2, e.g. `'91'`. */
  category?: string;
}

/**
 * Classifies an identifier by its shape after normalization:
 * - 18 chars → `uscc` (valid or not);
 * - 9 chars → `organization-code` (the `XXXXXXXX-X` hyphen is folded away);
 * - 15 digits → `registration-number` when it passes MOD 11,10, else
 *   `legacy-tax-id` when its embedded organization code validates, else an
 *   invalid `registration-number` (15 digits is that scheme's shape);
 * - 6 digits + 9 code chars (with a letter) → `legacy-tax-id`;
 * - anything else → `unknown`.
 *
 * An invalid code yields no derived fields: a code that fails its check is
 * evidence, not identity, and must not link records.
 *
 * @param raw - the value as found in a feed
 */
export function classifyIdentifier(raw: string | null | undefined): ClassifiedIdentifier {
  const normalized = foldIdentifierInput(raw) ?? '';
  const result: ClassifiedIdentifier = { raw, normalized, scheme: 'unknown', valid: false };

  if (normalized.length === 18) {
    result.scheme = 'uscc';
    if (isValidUscc(normalized)) {
      const parts = parseUscc(normalized);
      result.valid = true;
      result.organizationCode = parts.organizationCode;
      result.divisionCode = parts.divisionCode;
      result.category = parts.category;
    }
    return result;
  }

  if (normalized.length === 9) {
    result.scheme = 'organization-code';
    if (isValidOrganizationCode(normalized)) {
      result.valid = true;
      result.organizationCode = normalized;
    }
    return result;
  }

  if (normalized.length !== 15) return result;

  const isDigits = /^\d{15}$/.test(normalized);
  if (isDigits && isValidRegistrationNumber(normalized)) {
    result.scheme = 'registration-number';
    result.valid = true;
    // Chars 1–6 are the registering authority's division code.
    result.divisionCode = normalized.slice(0, 6);
    return result;
  }

  const taxId = parseLegacyTaxId(normalized);
  if (taxId && (taxId.valid || !isDigits)) {
    result.scheme = 'legacy-tax-id';
    if (taxId.valid) {
      result.valid = true;
      result.organizationCode = taxId.organizationCode;
      result.divisionCode = taxId.divisionCode;
    }
    return result;
  }

  if (isDigits) result.scheme = 'registration-number';
  return result;
}
