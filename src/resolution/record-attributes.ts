import type { CanonicalRecord } from '../canonical/canonical-record';

/** One attribute value a record states about its organization. */
export interface StatedAttribute {
  name: AttributeName;
  value: unknown;
}

export const ATTRIBUTE_NAMES = [
  'name', 'formerNames', 'kind', 'status', 'active', 'divisionCode', 'industryCode', 'employees',
  'legalRepresentative', 'address', 'establishedOn', 'entType', 'parentUscc',
] as const;

export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];

/** The organization attributes a canonical record states (absent fields state nothing). */
export function attributesOf(record: CanonicalRecord): StatedAttribute[] {
  const stated: Array<[AttributeName, unknown]> = [
    ['name', record.name],
    ['formerNames', record.formerNames && record.formerNames.length > 0 ? record.formerNames : undefined],
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
  ];
  return stated.filter(([, value]) => value !== undefined && value !== null).map(([name, value]) => ({ name, value }));
}
