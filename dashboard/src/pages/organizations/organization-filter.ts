import type {
  CoverageFlag,
  OrganizationFilter,
  OrganizationOrder,
  PartyCoverageForm,
  UnionCoverageForm,
} from '../../gql/graphql';
import { FEEDS } from '../../../../src/model/feeds';
import {
  isIndustryCode,
  listParam,
  ORGANIZATION_KINDS,
  OWNERSHIPS,
} from '../../components/filter-lists';

/** The address keys of the organization list's filters, order and cursor trail. */
export const LIST_KEYS = [
  'division',
  'name',
  'industry',
  'kinds',
  'ownership',
  'active',
  'inScope',
  'keyTarget',
  'employeesUnknown',
  'employeesMin',
  'employeesMax',
  'partyMembersMin',
  'flags',
  'partyCoverage',
  'unionCoverage',
  'source',
  'order',
  'pages',
] as const;

export type ListState = Partial<Record<(typeof LIST_KEYS)[number], string>>;

export const COVERAGE_FLAGS: readonly CoverageFlag[] = [
  'P1_REQUIRED',
  'P1_MET',
  'P1_GAP',
  'U1_REQUIRED',
  'U1_MET',
  'U1_GAP',
  'K1_TARGET',
  'K1_PARTY_GAP',
  'K1_UNION_GAP',
  'M1',
  'M2',
  'C1_GAP',
  'J1_PARTY_CANDIDATE',
  'J1_UNION_CANDIDATE',
];
export const PARTY_FORMS: readonly PartyCoverageForm[] = [
  'STANDALONE',
  'JOINT',
  'REGIONAL',
  'INDUSTRY',
  'WORK_ONLY',
  'NONE',
];
export const UNION_FORMS: readonly UnionCoverageForm[] = [
  'STANDALONE',
  'JOINT',
  'REGIONAL',
  'INDUSTRY',
  'NONE',
];
export const ORGANIZATION_ORDERS: readonly OrganizationOrder[] = [
  'ID',
  'NAME',
  'EMPLOYEES_DESC',
  'PARTY_MEMBERS_DESC',
];
export const SOURCES = Object.keys(FEEDS);

function flag(param: string | undefined): boolean | undefined {
  return param === 'true' ? true : param === 'false' ? false : undefined;
}

function whole(param: string | undefined): number | undefined {
  if (!param || !/^\d{1,9}$/.test(param)) return undefined;
  return Number(param);
}

/** The API's OrganizationFilter from the address; the division defaults to the viewer's. */
export function organizationFilter(
  state: ListState,
  viewerRegion?: string,
): OrganizationFilter | undefined {
  const filter: OrganizationFilter = {};
  const division = state.division ?? viewerRegion;
  if (division) filter.division = division;
  if (state.name?.trim()) filter.nameContains = state.name.trim();
  if (state.industry && isIndustryCode(state.industry))
    filter.industry = state.industry.toUpperCase();
  const kinds = listParam(state.kinds, ORGANIZATION_KINDS);
  if (kinds) filter.kinds = kinds;
  const ownership = listParam(state.ownership, OWNERSHIPS);
  if (ownership) filter.ownership = ownership;
  const booleans = ['active', 'inScope', 'keyTarget', 'employeesUnknown'] as const;
  for (const key of booleans) {
    const value = flag(state[key]);
    if (value !== undefined) filter[key] = value;
  }
  const numbers = ['employeesMin', 'employeesMax', 'partyMembersMin'] as const;
  for (const key of numbers) {
    const value = whole(state[key]);
    if (value !== undefined) filter[key] = value;
  }
  const flags = listParam(state.flags, COVERAGE_FLAGS);
  if (flags) filter.flags = flags;
  const party = listParam(state.partyCoverage, PARTY_FORMS);
  if (party) filter.partyCoverage = party;
  const union = listParam(state.unionCoverage, UNION_FORMS);
  if (union) filter.unionCoverage = union;
  if (state.source && SOURCES.includes(state.source)) filter.source = state.source;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

export function organizationOrder(param: string | undefined): OrganizationOrder {
  return ORGANIZATION_ORDERS.find((o) => o === param) ?? 'NAME';
}
