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

/** Weight stored for deterministic links (a rule is certain; probabilistic weights stay far below). */
export const RULE_WEIGHT = 1000;

export interface KnownIdentities {
  /** Organization by validated USCC. */
  byUscc: ReadonlyMap<string, string>;
  /** Organization already linked to this record key in an earlier run. */
  linked: string | undefined;
}

/**
 * Deterministic linking: a record with a valid USCC belongs to the organization with that USCC;
 * otherwise to the organization its key was linked to before; otherwise to a new organization.
 * (A legacy record without a valid USCC stays its own organization until matching links it.)
 */
export function decideLink(record: CanonicalRecord, known: KnownIdentities): LinkDecision {
  const uscc = validUscc(record);
  if (uscc) {
    const existing = known.byUscc.get(uscc) ?? null;
    return { organizationId: existing, uscc, decidedBy: 'rule:uscc', weight: RULE_WEIGHT, reasons: [{ field: 'uscc', level: 'exact', value: uscc }] };
  }
  return {
    organizationId: known.linked ?? null,
    uscc: null,
    decidedBy: 'rule:record-key',
    weight: RULE_WEIGHT,
    reasons: [{ field: 'recordKey', level: 'exact', value: `${record.source}/${record.stream}/${record.key}` }],
  };
}

/** The record's valid USCC (normalized), if any. */
export function validUscc(record: CanonicalRecord): string | null {
  const claim = record.identifiers.find((id) => id.scheme === 'uscc' && id.valid && id.normalized);
  return claim?.normalized ?? null;
}
