import { classifyIdentifier, parseLegacyTaxId } from '../identifiers';
import type { IdentifierClaim } from './canonical-record';

/**
 * An identifier as written by a department, classified and validated. Empty input gives null, so
 * mappings can pass optional fields straight through.
 */
export function identifierClaim(raw: string | null | undefined): IdentifierClaim | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const classified = classifyIdentifier(raw);
  return {
    scheme: classified.scheme,
    raw,
    normalized: classified.normalized,
    valid: classified.valid,
  };
}

/** The claims among several raw identifiers that are present. */
export function identifierClaims(...raws: Array<string | null | undefined>): IdentifierClaim[] {
  return raws.map(identifierClaim).filter((claim): claim is IdentifierClaim => claim !== null);
}

/**
 * A taxpayer id (纳税人识别号, NSRSBH): a USCC, or a legacy 15-character id = division code +
 * organization code. Never a registration number, even when its 15 digits happen to pass that
 * check (SPEC §4), so the organization code inside links it to the modern record.
 */
export function taxpayerIdClaim(raw: string | null | undefined): IdentifierClaim | null {
  const claim = identifierClaim(raw);
  if (!claim || !claim.normalized || claim.normalized.length !== 15) return claim;
  const legacy = parseLegacyTaxId(claim.normalized);
  return legacy
    ? { scheme: 'legacy-tax-id', raw: claim.raw, normalized: claim.normalized, valid: legacy.valid }
    : claim;
}
