import type { CanonicalRecord } from '../canonical/canonical-record';

/** The identity decision for one record, with the reason a person can read. */
export interface LinkDecision {
  /** Existing organization id, or null for a new organization. */
  organizationId: string | null;
  /** The validated USCC the organization is known by, if the record carries one. */
  uscc: string | null;
  decidedBy: string;
  weight: number;
  reasons: Array<Record<string, unknown>>;
}

/**
 * Weight stored for deterministic links (a rule is certain; probabilistic weights stay far below).
 */
export const RULE_WEIGHT = 1000;

export interface KnownIdentities {
  /** Organization by validated USCC. */
  byUscc: ReadonlyMap<string, string>;
  /** Organization by organization code (组织机构代码), including the one inside its USCC. */
  byOrganizationCode: ReadonlyMap<string, string>;
  /** Organization already linked to this record key in an earlier run. */
  linked: string | undefined;
  /** A person's pin of this record to an organization (always wins). */
  pinned?: { organizationId: string; decidedBy: string };
}

/**
 * Deterministic linking, strongest evidence first: a valid USCC; the organization code of a legacy
 * record (its own code, or the one inside a 15-character tax id) matching a known organization's,
 * which is how a legacy record meets its modern USCC; the key's earlier link; else a new
 * organization. A record without such evidence stays its own organization until matching links it.
 */
export function decideLink(record: CanonicalRecord, known: KnownIdentities): LinkDecision {
  const uscc = validUscc(record);
  if (known.pinned) {
    return {
      organizationId: known.pinned.organizationId,
      uscc,
      decidedBy: `person:${known.pinned.decidedBy}`,
      weight: RULE_WEIGHT,
      reasons: [{ field: 'override', level: 'pin', value: known.pinned.decidedBy }],
    };
  }
  if (uscc) {
    return {
      organizationId: known.byUscc.get(uscc) ?? null,
      uscc,
      decidedBy: 'rule:uscc',
      weight: RULE_WEIGHT,
      reasons: [{ field: 'uscc', level: 'exact', value: uscc }],
    };
  }
  for (const code of organizationCodes(record)) {
    const organizationId = known.byOrganizationCode.get(code);
    if (organizationId) {
      return {
        organizationId,
        uscc: null,
        decidedBy: 'rule:organization-code',
        weight: RULE_WEIGHT,
        reasons: [{ field: 'organizationCode', level: 'exact', value: code }],
      };
    }
  }
  return {
    organizationId: known.linked ?? null,
    uscc: null,
    decidedBy: 'rule:record-key',
    weight: RULE_WEIGHT,
    reasons: [
      {
        field: 'recordKey',
        level: 'exact',
        value: `${record.source}/${record.stream}/${record.key}`,
      },
    ],
  };
}

/** The record's valid USCC (normalized), if any. */
export function validUscc(record: CanonicalRecord): string | null {
  const claim = record.identifiers.find((id) => id.scheme === 'uscc' && id.valid && id.normalized);
  return claim?.normalized ?? null;
}

/** Valid organization codes a legacy record carries: its own, or inside a legacy tax id. */
export function organizationCodes(record: CanonicalRecord): string[] {
  const codes: string[] = [];
  for (const claim of record.identifiers) {
    if (!claim.valid || !claim.normalized) continue;
    if (claim.scheme === 'organization-code') codes.push(claim.normalized);
    if (claim.scheme === 'legacy-tax-id') codes.push(claim.normalized.slice(6));
  }
  return codes;
}
