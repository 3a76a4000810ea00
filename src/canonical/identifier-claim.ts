import { classifyIdentifier } from '../identifiers';
import type { IdentifierClaim } from './canonical-record';

/**
 * An identifier as written by a department, classified and validated. Empty input gives null, so
 * mappings can pass optional fields straight through.
 */
export function identifierClaim(raw: string | null | undefined): IdentifierClaim | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const classified = classifyIdentifier(raw);
  return { scheme: classified.scheme, raw, normalized: classified.normalized, valid: classified.valid };
}

/** The claims among several raw identifiers that are present. */
export function identifierClaims(...raws: Array<string | null | undefined>): IdentifierClaim[] {
  return raws.map(identifierClaim).filter((claim): claim is IdentifierClaim => claim !== null);
}
