import type { CanonicalRecord, IdentifierClaim } from '../../src/canonical/canonical-record';
import { identifierClaim, identifierClaims } from '../../src/canonical/identifier-claim';
import { type OrganizationKind, professionalFirmKind } from '../../src/canonical/organization-kind';
import { countOf, divisionCodeOf, instantOf, mapOrReject, rawText } from '../shared/field-checks';
import type { RowOutcome } from '../shared/drop-pull';
import { rejectionFromSchema } from '../shared/record-validation';
import { MEMBERS, Member, PERSONAL_MEMBER } from './streams';

/**
 * Maps one member of a federation snapshot to the canonical record, or says why it cannot land;
 * null for a 个人会员 (a person, not an organization: neither landed nor quarantined, and none of its
 * personal data is kept). The record key is `member_id`; the self-reported USCC lands as a claim
 * that says whether it is valid, never dropped. `observedAt` is `updated`, else the snapshot's
 * instant.
 */
export function mapMember(raw: unknown, position: string, snapshotInstant: string): RowOutcome {
  if ((raw as { member_kind?: unknown } | null)?.member_kind === PERSONAL_MEMBER) return null;
  const parsed = Member.safeParse(raw);
  const key = rawText(raw, 'member_id');
  if (!parsed.success) return rejectionFromSchema(parsed.error, raw, position, key);
  const m = parsed.data;
  return mapOrReject(raw, position, m.member_id, () => {
    const identifiers = identifierClaims(m.uscc);
    const canonical: CanonicalRecord = {
      source: 'federation',
      stream: MEMBERS,
      key: m.member_id,
      entity: 'organization',
      kind: memberKind(m.member_kind, m.name, identifiers[0]),
      identifiers,
      name: m.name,
      legalRepresentative: m.legal_rep ?? undefined,
      divisionCode: divisionCodeOf('division_code', m.division_code),
      employees: countOf('employees_reported', m.employees_reported),
      chambers: (m.chambers ?? []).map((c) => ({
        name: c.name,
        identifier: identifierClaim(c.uscc),
        role: c.role,
      })),
      observedAt: m.updated ? instantOf('updated', m.updated) : snapshotInstant,
    };
    return { key: m.member_id, payload: raw as Record<string, unknown>, canonical, position };
  });
}

/**
 * A 团体会员 is a chamber or association: a social group when its USCC says category `51`, else
 * OTHER. The category is read from the folded code even when its check character fails — a typo
 * rarely hits the first two characters, and kind is a hint, not identity. A 企业会员 is an
 * enterprise, or a professional firm or branch by its name.
 */
export function memberKind(
  memberKind: Member['member_kind'],
  name: string,
  claim: IdentifierClaim | undefined,
): OrganizationKind {
  if (memberKind === '团体会员')
    return claim?.scheme === 'uscc' && claim.normalized?.startsWith('51')
      ? 'SOCIAL_GROUP'
      : 'OTHER';
  return professionalFirmKind(name) ?? (/分公司$/.test(name) ? 'BRANCH' : 'ENTERPRISE');
}
