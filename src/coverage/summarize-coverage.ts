import type { CoverageFacts } from './coverage-facts';
import { hasPartyOrganization } from './coverage-facts';
import { provinceOfDivision } from './region';

/**
 * Counts over a set of organizations; every count but the scope ones is over in-scope
 * organizations.
 */
export interface CoverageCounts {
  /** Organizations that existed on the date (= inScope + outOfScope). */
  organizations: number;
  inScope: number;
  outOfScope: number;
  /** Out of scope because inactive / because public economic. */
  inactive: number;
  publicEconomic: number;
  /** In scope with no employee count from any source (a data gap of its own). */
  employeesUnknown: number;
  P1: { required: number; met: number; gap: number };
  U1: { required: number; met: number; gap: number };
  K1: { targets: number; partyGaps: number; unionGaps: number };
  M1: number;
  M2: number;
  C1Gaps: number;
  J1: { partyCandidates: number; unionCandidates: number };
  /** In scope with a Party organization of any form (STANDALONE, JOINT, REGIONAL, INDUSTRY). */
  partyCovered: number;
  /** In scope with an instructor only (工作覆盖): not counted as covered. */
  partyWorkOnly: number;
  /** In scope with a union of any form. */
  unionCovered: number;
  /** In scope with both a Party organization (not WORK_ONLY) and a union of any form. */
  dualCovered: number;
  /** partyCovered / inScope; null when nothing is in scope. Likewise the two below. */
  partyCoverageRate: number | null;
  unionCoverageRate: number | null;
  dualCoverageRate: number | null;
}

/** Counts of one county-level division. */
export interface CountyBreakdown {
  county: string;
  counts: CoverageCounts;
}
/** Counts of one city (XXXX00) and its counties. */
export interface CityBreakdown {
  city: string;
  counts: CoverageCounts;
  counties: CountyBreakdown[];
}
/** Counts of one province (XX0000) and its cities. */
export interface ProvinceBreakdown {
  province: string;
  counts: CoverageCounts;
  cities: CityBreakdown[];
}

/** The aggregate of many evaluations of one rule set on one date. */
export interface CoverageSummary extends CoverageCounts {
  ruleSetId: string | null;
  asOf: string | null;
  /** Registered after the date: ignored, in no count. */
  notYetEstablished: number;
  /** Province (610000) → cities (Yangling under 咸阳市 610400) → county-level divisions. */
  byRegion: ProvinceBreakdown[];
  /** Organizations with no usable division code. */
  withoutRegion: CoverageCounts;
  /** By GB/T 4754 section letter; `null` collects unknown industries (last). */
  byIndustry: Array<{ section: string | null; counts: CoverageCounts }>;
}

/**
 * Counts of one bucket, one organization at a time: the definition the SQL aggregate must
 * reproduce.
 */
export function countCoverage(all: readonly CoverageFacts[]): CoverageCounts {
  const c: CoverageCounts = {
    organizations: 0,
    inScope: 0,
    outOfScope: 0,
    inactive: 0,
    publicEconomic: 0,
    employeesUnknown: 0,
    P1: { required: 0, met: 0, gap: 0 },
    U1: { required: 0, met: 0, gap: 0 },
    K1: { targets: 0, partyGaps: 0, unionGaps: 0 },
    M1: 0,
    M2: 0,
    C1Gaps: 0,
    J1: { partyCandidates: 0, unionCandidates: 0 },
    partyCovered: 0,
    partyWorkOnly: 0,
    unionCovered: 0,
    dualCovered: 0,
    partyCoverageRate: null,
    unionCoverageRate: null,
    dualCoverageRate: null,
  };
  const add = (condition: boolean) => (condition ? 1 : 0);
  for (const f of all) {
    if (f.outOfScopeReason === 'NOT_YET_ESTABLISHED') continue;
    c.organizations += 1;
    if (!f.inScope) {
      c.outOfScope += 1;
      c.inactive += add(f.outOfScopeReason === 'INACTIVE');
      c.publicEconomic += add(f.outOfScopeReason === 'PUBLIC_ECONOMIC');
      continue;
    }
    c.inScope += 1;
    c.employeesUnknown += add(f.employeesUnknown);
    c.P1.required += add(f.flags.P1_required);
    c.P1.met += add(f.flags.P1_met);
    c.P1.gap += add(f.flags.P1_gap);
    c.U1.required += add(f.flags.U1_required);
    c.U1.met += add(f.flags.U1_met);
    c.U1.gap += add(f.flags.U1_gap);
    c.K1.targets += add(f.flags.K1_target);
    c.K1.partyGaps += add(f.flags.K1_party_gap);
    c.K1.unionGaps += add(f.flags.K1_union_gap);
    c.M1 += add(f.flags.M1);
    c.M2 += add(f.flags.M2);
    c.C1Gaps += add(f.flags.C1_gap);
    c.J1.partyCandidates += add(f.flags.J1_party_candidate);
    c.J1.unionCandidates += add(f.flags.J1_union_candidate);
    const party = hasPartyOrganization(f.partyCoverage);
    const union = f.unionCoverage !== 'NONE';
    c.partyCovered += add(party);
    c.partyWorkOnly += add(f.partyCoverage === 'WORK_ONLY');
    c.unionCovered += add(union);
    c.dualCovered += add(party && union);
  }
  const rate = (covered: number) => (c.inScope === 0 ? null : covered / c.inScope);
  c.partyCoverageRate = rate(c.partyCovered);
  c.unionCoverageRate = rate(c.unionCovered);
  c.dualCoverageRate = rate(c.dualCovered);
  return c;
}

function groupBy<K>(
  all: readonly CoverageFacts[],
  key: (f: CoverageFacts) => K,
): Map<K, CoverageFacts[]> {
  const groups = new Map<K, CoverageFacts[]>();
  for (const f of all) {
    const k = key(f);
    const members = groups.get(k);
    if (members) members.push(f);
    else groups.set(k, [f]);
  }
  return groups;
}

const byCode =
  <T>(code: (item: T) => string) =>
  (a: T, b: T) =>
    code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : 0;

/**
 * Aggregates evaluations into totals, a region tree and an industry breakdown. Every bucket is
 * `countCoverage` of the organizations in it, so a breakdown always adds up to its parent.
 * Throws when the evaluations mix rule sets or dates (their sum would mean nothing).
 */
export function summarizeCoverage(all: readonly CoverageFacts[]): CoverageSummary {
  const ruleSets = new Set(all.map((f) => f.ruleSetId));
  const dates = new Set(all.map((f) => f.asOf));
  if (ruleSets.size > 1 || dates.size > 1) {
    throw new Error(
      `cannot summarize mixed evaluations (rule sets: ${[...ruleSets].join(', ')}; dates: ` +
        `${[...dates].join(', ')})`,
    );
  }
  // Organizations registered after the date are in no bucket (and no count).
  const existing = all.filter((f) => f.outOfScopeReason !== 'NOT_YET_ESTABLISHED');
  const located = existing.filter((f) => f.region !== null);
  const byRegion = [...groupBy(located, (f) => provinceOfDivision(f.region!.division))]
    .map(([province, inProvince]): ProvinceBreakdown => ({
      province,
      counts: countCoverage(inProvince),
      cities: [...groupBy(inProvince, (f) => f.region!.city)]
        .map(([city, inCity]): CityBreakdown => ({
          city,
          counts: countCoverage(inCity),
          counties: [...groupBy(inCity, (f) => f.region!.division)]
            .map(([county, inCounty]) => ({ county, counts: countCoverage(inCounty) }))
            .sort(byCode((item) => item.county)),
        }))
        .sort(byCode((item) => item.city)),
    }))
    .sort(byCode((item) => item.province));
  const byIndustry = [...groupBy(existing, (f) => f.industrySection)]
    .map(([section, inSection]) => ({ section, counts: countCoverage(inSection) }))
    // Unknown industry sorts last.
    .sort(byCode((item) => item.section ?? '~'));
  return {
    ...countCoverage(all),
    ruleSetId: all[0]?.ruleSetId ?? null,
    asOf: all[0]?.asOf ?? null,
    notYetEstablished: all.length - existing.length,
    byRegion,
    withoutRegion: countCoverage(existing.filter((f) => f.region === null)),
    byIndustry,
  };
}
