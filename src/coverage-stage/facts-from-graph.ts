import type { RegistrationLevel, RegistryEvent } from '../canonical/canonical-record';
import type { OrganizationKind } from '../canonical/organization-kind';
import { EMPLOYEE_SOURCES, employeeCountOf, type SourceId } from '../model/feeds';
import type {
  OrganizationFacts,
  PartyOrganizationForm,
  UnionForm,
} from '../coverage/organization-facts';
import type { EmployeeSource } from '../coverage/rule-set';
import { buildingOfAddress } from '../coverage/building-name';
import { SOURCE_PRECEDENCE } from '../resolution/survivorship';

/** What the graph holds about one organization, as loaded for the coverage evaluation. */
export interface GraphSlice {
  organization: {
    id: string;
    name: string;
    kind: string;
    uscc: string | null;
    industryCode: string | null;
  };
  attributes: Array<{ name: string; value: unknown; source: SourceId; observedAt: Date }>;
  /** Party organizations and unions whose covered units resolve to it. */
  coverers: Array<{
    side: 'party' | 'union';
    id: string;
    form: string;
    active: boolean;
    establishedOn: string | null;
    employeesReported: number | null;
  }>;
  chambers: string[];
  /** Feeds with a record linked to it. */
  linkSources: SourceId[];
}

/** The feeds whose employee counts are attributes of the organization (not a roster's). */
const EMPLOYEE_ATTRIBUTE_SOURCES = EMPLOYEE_SOURCES.filter(
  (source) => !employeeCountOf(source).perCoveredUnit,
);

/**
 * Assembles the coverage input of one organization from its graph slice: per-source statuses,
 * divisions and employee counts (each source's latest observation), ownership hints, Party
 * members, the Party organizations and unions covering it, chambers. Pure.
 */
export function organizationFactsFromGraph(slice: GraphSlice): OrganizationFacts {
  const latest = latestPerSource(slice.attributes);
  const of = <T>(name: string, source: SourceId): T | undefined =>
    latest.get(`${name}\u0000${source}`) as T | undefined;
  const bySource = <T>(name: string, sources: readonly SourceId[]) =>
    Object.fromEntries(
      sources.map((s) => [s, of<T>(name, s)]).filter(([, v]) => v !== undefined),
    ) as Partial<Record<SourceId, T>>;
  const allSources = [...new Set(slice.attributes.map((a) => a.source))];

  const employeesBySource: Partial<Record<EmployeeSource, number>> = bySource<number>(
    'employees',
    EMPLOYEE_ATTRIBUTE_SOURCES,
  );
  // Only a standalone union (单独建会) speaks for one organization's employees.
  const standalone = slice.coverers.find(
    (c) => c.side === 'union' && c.form === '单独建会' && c.employeesReported !== null,
  );
  if (standalone) employeesBySource['trade-union'] = standalone.employeesReported!;
  const street = of<string>('streetCode', 'statistics');

  return {
    id: slice.organization.id,
    name: slice.organization.name,
    kind: slice.organization.kind as OrganizationKind,
    usccCategory: slice.organization.uscc?.slice(0, 2),
    establishedOn: firstOf<string>(latest, 'establishedOn', [
      'market-regulation',
      'civil-affairs',
      'tax',
      'statistics',
    ]),
    statusBySource: bySource<string>('status', allSources),
    civilAffairsRegistered: slice.linkSources.includes('civil-affairs'),
    socialOrgType: of<string>('socialOrgType', 'civil-affairs'),
    registrationAuthority: of<string>('registrationAuthority', 'civil-affairs'),
    registrationLevel: of<RegistrationLevel>('registrationLevel', 'civil-affairs'),
    sector: of<string>('sector', 'civil-affairs'),
    holding: of<string>('holding', 'statistics'),
    entType: of<string>('entType', 'market-regulation'),
    employeesBySource,
    fullPartyMembers: of<number>('fullPartyMembers', 'party-org'),
    instructorAssigned: of<boolean>('instructorAssigned', 'party-org') ?? false,
    partyOrganizations: slice.coverers
      .filter((c) => c.side === 'party')
      .map((c) => ({
        id: c.id,
        form: c.form as PartyOrganizationForm,
        active: c.active,
        establishedOn: c.establishedOn ?? undefined,
      })),
    unions: slice.coverers
      .filter((c) => c.side === 'union')
      .map((c) => ({
        id: c.id,
        form: c.form as UnionForm,
        active: c.active,
        establishedOn: c.establishedOn ?? undefined,
      })),
    events: of<RegistryEvent[]>('events', 'market-regulation') ?? [],
    divisionBySource: bySource<string>('divisionCode', allSources),
    // The statistics street (9 digits) stands for its 12-digit 统计区划代码: only digits 1–9 are used.
    statisticsAreaCode: street ? street.padEnd(12, '0') : undefined,
    industryCode: slice.organization.industryCode ?? undefined,
    park: of<string>('park', 'statistics'),
    // The golden address (identity precedence) names the commercial building, if any (J1 grouping).
    building: buildingOfAddress(
      firstOf<string>(latest, 'address', [...SOURCE_PRECEDENCE.identity]),
    ),
    chambers: [...new Set(slice.chambers)].sort(),
  };
}

function latestPerSource(attributes: GraphSlice['attributes']): Map<string, unknown> {
  const best = new Map<string, { value: unknown; at: number }>();
  for (const a of attributes) {
    const key = `${a.name}\u0000${a.source}`;
    const at = a.observedAt.getTime();
    const current = best.get(key);
    if (!current || at > current.at) best.set(key, { value: a.value, at });
  }
  return new Map([...best].map(([key, v]) => [key, v.value]));
}

function firstOf<T>(
  latest: Map<string, unknown>,
  name: string,
  sources: SourceId[],
): T | undefined {
  for (const source of sources) {
    const value = latest.get(`${name}\u0000${source}`);
    if (value !== undefined) return value as T;
  }
  return undefined;
}
