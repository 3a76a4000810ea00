import { cityOfDivision } from '../../src/coverage/region';
import type { RuleSet } from '../../src/coverage/rule-set';
import { divisionName } from '../../src/reference/divisions';
import { industrySectionName } from '../../src/reference/industries';
import { addInto, emptyCounts, type Counts, type CountsRow } from './coverage-query';
import type {
  CoverageCountsView,
  CoverageSummary,
  IndustryCoverage,
  RegionCoverage,
} from './coverage-summary.type';

/** The GraphQL view of counts, with the rates. */
export function countsView(c: Counts): CoverageCountsView {
  const rate = (covered: number) => (c.in_scope === 0 ? null : covered / c.in_scope);
  return {
    organizations: c.organizations,
    inScope: c.in_scope,
    outOfScope: c.out_of_scope,
    inactive: c.inactive,
    publicEconomic: c.public_economic,
    employeesUnknown: c.employees_unknown,
    p1: { required: c.p1_required, met: c.p1_met, gap: c.p1_gap },
    u1: { required: c.u1_required, met: c.u1_met, gap: c.u1_gap },
    k1: { targets: c.k1_targets, partyGaps: c.k1_party_gaps, unionGaps: c.k1_union_gaps },
    m1: c.m1,
    m2: c.m2,
    c1Gaps: c.c1_gaps,
    j1: { partyCandidates: c.j1_party, unionCandidates: c.j1_union },
    partyCovered: c.party_covered,
    partyWorkOnly: c.party_work_only,
    unionCovered: c.union_covered,
    dualCovered: c.dual_covered,
    partyCoverageRate: rate(c.party_covered),
    unionCoverageRate: rate(c.union_covered),
    dualCoverageRate: rate(c.dual_covered),
  };
}

/**
 * Sums county × section rows into the province total, the region tree (province → city → county,
 * with the rule set's roll-ups such as Yangling into 咸阳市) and the industry breakdown.
 */
export function summarize(
  rows: CountsRow[],
  ruleSet: RuleSet,
  asOf: Date | null,
  ruleSetDigest: string | null,
): CoverageSummary {
  const total = emptyCounts();
  const byCounty = new Map<string, Counts>();
  const bySection = new Map<string, Counts>();
  for (const row of rows) {
    addInto(total, row.counts);
    if (row.division)
      byCounty.set(row.division, addInto(byCounty.get(row.division) ?? emptyCounts(), row.counts));
    bySection.set(
      row.industrySection,
      addInto(bySection.get(row.industrySection) ?? emptyCounts(), row.counts),
    );
  }
  const cities = new Map<string, { counts: Counts; counties: RegionCoverage[] }>();
  for (const [county, counts] of [...byCounty].sort(([a], [b]) => a.localeCompare(b))) {
    const city = cityOfDivision(county, ruleSet);
    const entry = cities.get(city) ?? { counts: emptyCounts(), counties: [] };
    addInto(entry.counts, counts);
    entry.counties.push(region(county, 'county', counts, []));
    cities.set(city, entry);
  }
  const provinces = new Map<string, { counts: Counts; cities: RegionCoverage[] }>();
  for (const [city, entry] of [...cities].sort(([a], [b]) => a.localeCompare(b))) {
    const province = `${city.slice(0, 2)}0000`;
    const p = provinces.get(province) ?? { counts: emptyCounts(), cities: [] };
    addInto(p.counts, entry.counts);
    p.cities.push(region(city, 'city', entry.counts, entry.counties));
    provinces.set(province, p);
  }
  const byIndustry: IndustryCoverage[] = [...bySection]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([section, counts]) => ({
      section: section || null,
      name: section ? (industrySectionName(section) ?? null) : null,
      counts: countsView(counts),
    }));
  return {
    ruleSet: ruleSet.id,
    ruleSetDigest,
    asOf,
    ...countsView(total),
    notYetEstablished: total.not_yet_established,
    byRegion: [...provinces].map(([code, p]) => region(code, 'province', p.counts, p.cities)),
    byIndustry,
  };
}

function region(
  code: string,
  level: string,
  counts: Counts,
  children: RegionCoverage[],
): RegionCoverage {
  return {
    division: { code, name: divisionName(code) ?? null },
    level,
    counts: countsView(counts),
    children,
  };
}
