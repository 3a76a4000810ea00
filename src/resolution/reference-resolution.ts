import type { IdentifierClaim } from '../canonical/canonical-record';
import { usccRepairCandidates } from '../identifiers';
import { nameAgreementLevel, normalizeOrganizationName } from '../names';

/**
 * A unit named by a roster (covered unit, member-distribution unit, chamber): a typed code and a
 * name.
 */
export interface UnitReference {
  identifier: IdentifierClaim | null;
  name: string;
}

/** What the resolver knows of organizations, for resolving references. */
export interface ReferenceLookups {
  /**
   * Organization with this valid USCC, and the names its records use where the reference's code
   * had to be repaired (one must then agree; a code typed right needs no name).
   */
  byUscc(uscc: string): { id: string; names?: readonly string[] } | undefined;
  /**
   * Organizations one of whose records uses a name with this normalized key — not only the golden
   * name, which the next feed to arrive may change: a reference resolves the same whichever
   * record's name won.
   */
  byNameKey(key: string): string[];
}

export interface ReferenceResolution {
  organizationId: string | null;
  how: 'uscc' | 'repaired-uscc' | 'name' | 'unresolved';
  detail: Record<string, unknown>;
}

/**
 * Resolves a hand-typed reference (SPEC: "covered_units[].uscc is typed by hand"): a valid USCC
 * that a known organization holds; else a repaired code (case, width, O/0, one swap, check
 * character) whose organization's name agrees — a repaired code is evidence, never identity on its
 * own; else a unique organization with the same normalized name; else unresolved, with the reason.
 */
export function resolveReference(
  reference: UnitReference,
  lookups: ReferenceLookups,
): ReferenceResolution {
  const claim = reference.identifier;
  const uscc = validReferenceUscc(claim);
  if (uscc) {
    const found = lookups.byUscc(uscc);
    if (found) return { organizationId: found.id, how: 'uscc', detail: { uscc } };
  }
  if (claim && !claim.valid) {
    const agreeing = usccRepairCandidates(claim.raw)
      .map((candidate) => ({ candidate, found: lookups.byUscc(candidate.uscc) }))
      .filter(({ found }) => found?.names?.some((name) => agreesByName(reference.name, name)));
    if (agreeing.length === 1) {
      const { candidate, found } = agreeing[0];
      return {
        organizationId: found!.id,
        how: 'repaired-uscc',
        detail: { typed: claim.raw, uscc: candidate.uscc, repairs: candidate.repairs },
      };
    }
  }
  const key = normalizeOrganizationName(reference.name).key;
  const byName = key ? lookups.byNameKey(key) : [];
  if (byName.length === 1)
    return { organizationId: byName[0], how: 'name', detail: { nameKey: key } };
  return {
    organizationId: null,
    how: 'unresolved',
    detail: {
      typed: claim?.raw ?? null,
      reason:
        byName.length > 1
          ? `${byName.length} organizations share the name`
          : claim
            ? 'no organization holds this code'
            : 'no code and no organization of that name',
    },
  };
}

/** The reference's code when it is a valid USCC (normalized), else null. */
export function validReferenceUscc(claim: IdentifierClaim | null): string | null {
  return claim?.scheme === 'uscc' && claim.valid && claim.normalized ? claim.normalized : null;
}

function agreesByName(typed: string, known: string): boolean {
  const level = nameAgreementLevel(typed, known);
  return level === 'exact' || level === 'core-exact';
}
