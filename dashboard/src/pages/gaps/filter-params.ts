import type { CoverageFilter, OrganizationKind, Ownership } from '../../gql/graphql';

/** The CoverageFilter fields as the address keeps them (lists comma-separated). */
export interface CoverageFilterState {
  region?: string;
  industry?: string;
  kind?: string;
  ownership?: string;
}

export const COVERAGE_FILTER_KEYS = ['region', 'industry', 'kind', 'ownership'] as const;

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'ENTERPRISE',
  'BRANCH',
  'INDIVIDUAL_BUSINESS',
  'FARMERS_COOPERATIVE',
  'SOCIAL_GROUP',
  'PRIVATE_NON_ENTERPRISE',
  'FOUNDATION',
  'LAW_FIRM',
  'ACCOUNTING_FIRM',
  'TAX_AGENT_FIRM',
  'OTHER',
];

export const OWNERSHIPS: readonly Ownership[] = [
  'NON_PUBLIC_ECONOMIC',
  'PUBLIC_ECONOMIC',
  'SOCIAL_ORGANIZATION',
  'PROFESSIONAL_FIRM',
];

/** A comma-separated list of the address, keeping only the allowed values. */
export function listParam<T extends string>(
  param: string | undefined,
  allowed: readonly T[],
): T[] | undefined {
  const values = (param ?? '')
    .split(',')
    .filter((value): value is T => (allowed as readonly string[]).includes(value));
  return values.length > 0 ? values : undefined;
}

/** A section letter (I) or class (I6510 / 6510), as the API and the export accept it. */
export function isIndustryCode(text: string): boolean {
  return /^([A-Ta-t]|[A-Ta-t]?\d{4})$/.test(text);
}

/** The API's filter; the region defaults to the viewer's (the API scopes a regional key anyway). */
export function coverageFilter(
  state: CoverageFilterState,
  viewerRegion?: string,
): CoverageFilter | undefined {
  const filter: CoverageFilter = {};
  const region = state.region ?? viewerRegion;
  if (region) filter.region = region;
  if (state.industry && isIndustryCode(state.industry))
    filter.industry = state.industry.toUpperCase();
  const kind = listParam(state.kind, ORGANIZATION_KINDS);
  if (kind) filter.kind = kind;
  const ownership = listParam(state.ownership, OWNERSHIPS);
  if (ownership) filter.ownership = ownership;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** The parameters of `/exports/gaps.*` (schema/exports/export-params.ts) for the same list. */
export function gapExportParams(
  rule: string,
  filter: CoverageFilter | undefined,
): Record<string, string | undefined> {
  return {
    rule,
    region: filter?.region ?? undefined,
    industry: filter?.industry ?? undefined,
    kind: filter?.kind?.join(','),
    ownership: filter?.ownership?.join(','),
  };
}
