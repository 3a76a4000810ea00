import type { Golden } from './provenance';

/** The registry facts of an organization as the page's query gives them (the fields read here). */
export interface GoldenFacts {
  name: string;
  kind: string;
  status?: string | null;
  active: boolean;
  uscc?: string | null;
  industry?: string | null;
  division?: { code: string } | null;
  street?: { code: string } | null;
  ownership?: {
    entType?: string | null;
    holding?: string | null;
    institutionType?: string | null;
    unitType?: string | null;
  } | null;
  registration?: { authority?: string | null; level?: string | null } | null;
  address?: { value: string; source: string } | null;
  legalRepresentative?: { value: string; source: string } | null;
  establishedOn?: { value: string; source: string } | null;
  park?: { value: string; source: string } | null;
  employeeCount?: { value: number; source: string } | null;
  partyMembers?: { full: number; probationary?: number | null; source: string } | null;
}

const sourced = (v: { value: unknown; source: string } | null | undefined): Golden | undefined =>
  v ? { value: v.value, source: v.source } : undefined;
const plain = (value: unknown): Golden | undefined =>
  value === null || value === undefined ? undefined : { value };

/** Per attribute, the value the golden record kept (and its feed where the API says). */
export function goldenValues(org: GoldenFacts): Partial<Record<string, Golden>> {
  const members = org.partyMembers;
  return {
    name: plain(org.name),
    kind: plain(org.kind),
    status: plain(org.status),
    active: plain(org.active),
    uscc: plain(org.uscc),
    industryCode: plain(org.industry),
    divisionCode: plain(org.division?.code),
    streetCode: plain(org.street?.code),
    entType: plain(org.ownership?.entType),
    holding: plain(org.ownership?.holding),
    institutionType: plain(org.ownership?.institutionType),
    unitType: plain(org.ownership?.unitType),
    registrationAuthority: plain(org.registration?.authority),
    registrationLevel: plain(org.registration?.level),
    address: sourced(org.address),
    legalRepresentative: sourced(org.legalRepresentative),
    establishedOn: sourced(org.establishedOn),
    park: sourced(org.park),
    employees: sourced(org.employeeCount),
    fullPartyMembers: members ? { value: members.full, source: members.source } : undefined,
    probationaryMembers:
      members && members.probationary !== null && members.probationary !== undefined
        ? { value: members.probationary, source: members.source }
        : undefined,
  };
}
