import type { CoveringOrganization, PartyOrganizationForm, UnionForm } from './organization-facts';
import type { PartyCoverage, UnionCoverage } from './coverage-facts';
import { onOrBefore } from './as-of';

type OrganizedCoverage = Exclude<UnionCoverage, 'NONE'>;

const PARTY_FORM: Record<PartyOrganizationForm, OrganizedCoverage> = {
  单独组建: 'STANDALONE',
  联合组建: 'JOINT',
  区域性: 'REGIONAL',
  行业性: 'INDUSTRY',
};
const UNION_FORM: Record<UnionForm, OrganizedCoverage> = {
  单独建会: 'STANDALONE',
  联合建会: 'JOINT',
  区域性: 'REGIONAL',
  行业性: 'INDUSTRY',
};

/**
 * When several organizations cover one unit, the best form wins: STANDALONE > JOINT > REGIONAL >
 * INDUSTRY. Standalone is the only form that satisfies P1/U1, so it must never be hidden by a
 * shared one; among shared forms, the fewer units an organization covers (a joint branch of a
 * few units, then a park, then a whole industry) the closer it is to the unit.
 */
export const COVERAGE_RANK: readonly OrganizedCoverage[] = [
  'STANDALONE',
  'JOINT',
  'REGIONAL',
  'INDUSTRY',
];

function best<Form extends string>(
  covering: ReadonlyArray<CoveringOrganization<Form>>,
  forms: Record<Form, OrganizedCoverage>,
  asOf: string,
): { coverage: OrganizedCoverage; id: string } | null {
  let found: { coverage: OrganizedCoverage; id: string } | null = null;
  for (const organization of covering) {
    const coverage = forms[organization.form];
    // Unknown forms say nothing; dissolved ones and those founded after the date do not cover.
    if (!coverage || !organization.active || !onOrBefore(organization.establishedOn, asOf))
      continue;
    if (!found || COVERAGE_RANK.indexOf(coverage) < COVERAGE_RANK.indexOf(found.coverage)) {
      found = { coverage, id: organization.id };
    }
  }
  return found;
}

/**
 * POLICY "party coverage": the best active Party organization's form, else WORK_ONLY with an
 * instructor, else NONE.
 */
export function partyCoverageOf(
  partyOrganizations: ReadonlyArray<CoveringOrganization<PartyOrganizationForm>>,
  instructorAssigned: boolean,
  asOf: string,
): { coverage: PartyCoverage; id?: string } {
  const found = best(partyOrganizations, PARTY_FORM, asOf);
  if (found) return found;
  return { coverage: instructorAssigned ? 'WORK_ONLY' : 'NONE' };
}

/** POLICY "Union coverage": the best active union's form, else NONE. */
export function unionCoverageOf(
  unions: ReadonlyArray<CoveringOrganization<UnionForm>>,
  asOf: string,
): { coverage: UnionCoverage; id?: string } {
  return best(unions, UNION_FORM, asOf) ?? { coverage: 'NONE' };
}
