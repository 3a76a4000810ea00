/**
 * What a perfect resolver would know about one organization after a correct ingest: per
 * department, the values of its latest valid (not quarantined) record. expected.json is
 * evaluated from these views, so injected faults and disagreements are already accounted for.
 */
export type CoverageForm = 'STANDALONE' | 'JOINT' | 'REGIONAL' | 'INDUSTRY';

export interface OrgView {
  market?: {
    status: string;
    division: string;
    entType: string;
    industry4: string;
    converted: boolean;
  };
  civil?: {
    status: string;
    division: string;
    type: string;
    authority: string;
    category: string;
    staff: number;
  };
  statistics?: { holding: string; employees: number; code12: string; industry4: string };
  tax?: { period: string; status: string; division: string; industry4: string; withheld: number };
  /** employees_reported of an active standalone (单独建会) union. */
  unionStandaloneReported?: number;
  federationEmployees?: number;
  partyMembers: number;
  instructor: boolean;
  partyForms: Set<CoverageForm>;
  unionForms: Set<CoverageForm>;
}

/** A fresh view: nothing known yet. */
export function emptyView(): OrgView {
  return { partyMembers: 0, instructor: false, partyForms: new Set(), unionForms: new Set() };
}

/** Roster form (Chinese) → coverage form; Party and union wordings both map. */
export function coverageFormOf(form: string): CoverageForm {
  switch (form) {
    case '单独组建':
    case '单独建会':
      return 'STANDALONE';
    case '联合组建':
    case '联合建会':
      return 'JOINT';
    case '区域性':
      return 'REGIONAL';
    default:
      return 'INDUSTRY';
  }
}
