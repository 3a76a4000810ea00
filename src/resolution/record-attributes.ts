import type { CanonicalRecord } from '../canonical/canonical-record';

/** One attribute value a record states about its organization. */
export interface StatedAttribute {
  name: AttributeName;
  value: unknown;
}

export const ATTRIBUTE_NAMES = [
  'name',
  'formerNames',
  'kind',
  'status',
  'active',
  'divisionCode',
  'industryCode',
  'employees',
  'legalRepresentative',
  'address',
  'establishedOn',
  'entType',
  'parentUscc',
  'holding',
  'institutionType',
  'unitType',
  'socialOrgType',
  'registrationAuthority',
  'registrationLevel',
  'sector',
  'streetCode',
  'park',
  'events',
  'fullPartyMembers',
  'probationaryMembers',
  'instructorAssigned',
] as const;

export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];

/** The organization attributes a canonical record states (absent fields state nothing). */
export function attributesOf(record: CanonicalRecord): StatedAttribute[] {
  const stated: Array<[AttributeName, unknown]> = [
    ['name', record.name],
    [
      'formerNames',
      record.formerNames && record.formerNames.length > 0 ? record.formerNames : undefined,
    ],
    ['kind', record.kind],
    ['status', record.status?.raw],
    ['active', record.status?.active],
    ['divisionCode', record.divisionCode],
    ['industryCode', record.industryCode],
    ['employees', record.employees],
    ['legalRepresentative', record.legalRepresentative],
    ['address', record.address],
    ['establishedOn', record.establishedOn],
    ['entType', record.ownership?.entType],
    ['parentUscc', record.parentUscc],
    ['holding', record.ownership?.holding],
    ['institutionType', record.ownership?.institutionType],
    ['unitType', record.ownership?.unitType],
    ['socialOrgType', record.socialOrgType],
    ['registrationAuthority', record.registration?.authority],
    ['registrationLevel', record.registration?.level],
    ['sector', record.sector],
    ['streetCode', record.streetCode],
    ['park', record.park],
    ['events', record.events && record.events.length > 0 ? record.events : undefined],
    ['fullPartyMembers', record.partyMembers?.full],
    ['probationaryMembers', record.partyMembers?.probationary],
    ['instructorAssigned', record.partyMembers?.instructorAssigned],
  ];
  return stated
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => ({ name, value }));
}
