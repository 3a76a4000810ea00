import {
  isIndustryCode,
  listParam,
  ORGANIZATION_KINDS,
  OWNERSHIPS,
} from '../../components/filter-lists';
import type { CoverageFilter } from '../../gql/graphql';

/** The CoverageFilter fields as the address keeps them (lists comma-separated). */
export interface CoverageFilterState {
  region?: string;
  industry?: string;
  kind?: string;
  ownership?: string;
}

export const COVERAGE_FILTER_KEYS = ['region', 'industry', 'kind', 'ownership'] as const;

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
