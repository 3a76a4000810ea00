import type {
  CanonicalRecord,
  IdentifierClaim,
  RosterCoverage,
} from '../../src/canonical/canonical-record';
import { registryStatus } from '../../src/canonical/canonical-record';
import { identifierClaim, identifierClaims } from '../../src/canonical/identifier-claim';
import type { MappedRecord, Rejection } from '../../src/landing/batch';
import {
  calendarDateOf,
  countOf,
  divisionCodeOf,
  instantOf,
  mapOrReject,
  rawText,
} from '../shared/field-checks';
import { rejectionFromSchema } from '../shared/record-validation';
import { MEMBER_DISTRIBUTION, MemberDistribution, PARTY_ORGS, PartyOrg } from './streams';

type UnitReference = { uscc?: string | null; name?: string | null };

/**
 * A hand-typed unit: the claim is kept even when invalid (evidence for resolution, not identity).
 */
function coveredUnit(unit: UnitReference): { identifier: IdentifierClaim | null; name: string } {
  return { identifier: identifierClaim(unit.uscc), name: unit.name ?? '' };
}

/**
 * Maps one Party organization to the canonical `party-organization` record: its form, level and
 * covered units (POLICY "party coverage"), area or sponsor, and V1 venue. `parent_org_id` stays in
 * the payload. A covered unit with neither USCC nor name says nothing and is dropped.
 */
export function mapPartyOrg(raw: unknown, position: string): MappedRecord | Rejection {
  const parsed = PartyOrg.safeParse(raw);
  const key = rawText(raw, 'org_id');
  if (!parsed.success) return rejectionFromSchema(parsed.error, raw, position, key);
  const o = parsed.data;
  return mapOrReject(raw, position, o.org_id, () => {
    const coverage: RosterCoverage = {
      form: o.form,
      level: o.level,
      coveredUnits: (o.covered_units ?? [])
        .filter((u) => (u.uscc ?? '').trim() !== '' || u.name)
        .map(coveredUnit),
      area: o.area ?? undefined,
      sponsor: o.sponsor ? coveredUnit(o.sponsor) : undefined,
      venue: o.venue ?? undefined,
    };
    const canonical: CanonicalRecord = {
      source: 'party-org',
      stream: PARTY_ORGS,
      key: o.org_id,
      entity: 'party-organization',
      identifiers: [],
      name: o.name,
      divisionCode: divisionCodeOf('division_code', o.division_code),
      status: registryStatus(o.status),
      establishedOn: calendarDateOf('established', o.established),
      coverage,
      observedAt: instantOf('updated_at', o.updated_at),
    };
    return { key: o.org_id, payload: raw as Record<string, unknown>, canonical, position };
  });
}

/**
 * Maps one unit's Party member counts to the canonical `member-distribution` record. The key is the
 * normalized USCC when the claim is valid, else `name:<unit_name>`: the roster has one row per
 * unit, and a unit whose code was mistyped keeps a stable key by its name.
 */
export function mapMemberDistribution(raw: unknown, position: string): MappedRecord | Rejection {
  const parsed = MemberDistribution.safeParse(raw);
  const keyOf = (uscc: string | null | undefined, name: string | undefined) => {
    const claim = identifierClaim(uscc);
    return claim?.valid && claim.normalized ? claim.normalized : name ? `name:${name}` : undefined;
  };
  if (!parsed.success) {
    const rawUscc = rawText(raw, 'uscc');
    return rejectionFromSchema(
      parsed.error,
      raw,
      position,
      keyOf(rawUscc, rawText(raw, 'unit_name')),
    );
  }
  const d = parsed.data;
  const key = keyOf(d.uscc, d.unit_name)!;
  return mapOrReject(raw, position, key, () => {
    const canonical: CanonicalRecord = {
      source: 'party-org',
      stream: MEMBER_DISTRIBUTION,
      key,
      entity: 'member-distribution',
      identifiers: identifierClaims(d.uscc),
      name: d.unit_name,
      partyMembers: {
        full: countOf('full_members', d.full_members, { required: true })!,
        probationary: countOf('probationary_members', d.probationary_members, { required: true })!,
        instructorAssigned: d.instructor_assigned,
      },
      observedAt: instantOf('as_of', d.as_of),
    };
    return { key, payload: raw as Record<string, unknown>, canonical, position };
  });
}
