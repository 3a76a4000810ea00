import { countCoverage, summarizeCoverage, type CoverageCounts } from './summarize-coverage';
import { evaluateOrganization } from './evaluate-organization';
import { parseRuleSet, SHAANXI_2021 } from './rule-set';
import {
  AS_OF,
  enterpriseFacts,
  partyOrg,
  socialFacts,
  unionOrg,
} from './fixtures/organization-facts';

const at = (county: string) => ({
  divisionBySource: { 'market-regulation': county },
  statisticsAreaCode: `${county}001001`,
});

/** Nine organizations; the expected numbers below are counted by hand from these comments. */
const FACTS = [
  // A 雁塔: 30 employees, 4 members, standalone party, no union → P1 met, U1 gap, K1 union gap, M1.
  enterpriseFacts({
    id: 'A',
    ...at('610113'),
    employeesBySource: { statistics: 30 },
    fullPartyMembers: 4,
    partyOrganizations: [partyOrg('单独组建')],
  }),
  // B 雁塔: 12 employees, nothing → K1 target with both gaps, J1 party + union.
  enterpriseFacts({ id: 'B', ...at('610113'), employeesBySource: { statistics: 12 } }),
  // C 杨陵 (Yangling): 26 employees, 2 members, regional party, standalone union → U1 met, K1 no
  // gaps, dual.
  enterpriseFacts({
    id: 'C',
    ...at('610403'),
    industryCode: 'C1711',
    employeesBySource: { tax: 26 },
    fullPartyMembers: 2,
    partyOrganizations: [partyOrg('区域性')],
    unions: [unionOrg('单独建会')],
  }),
  // D 秦都: employees unknown, 3 members, instructor only → P1 gap, WORK_ONLY, no J1.
  enterpriseFacts({
    id: 'D',
    ...at('610402'),
    industryCode: 'C1711',
    employeesBySource: {},
    fullPartyMembers: 3,
    instructorAssigned: true,
  }),
  // E 雁塔: state-holding → out of scope (public).
  enterpriseFacts({
    id: 'E',
    ...at('610113'),
    holding: '1',
    employeesBySource: { statistics: 100 },
  }),
  // F 碑林: cancelled → out of scope (inactive).
  enterpriseFacts({
    id: 'F',
    ...at('610104'),
    industryCode: undefined,
    statusBySource: { 'market-regulation': '注销' },
  }),
  // G 碑林: provincial social group, joint party + joint union → K1 target without gaps, dual.
  socialFacts({
    id: 'G',
    registrationAuthority: '陕西省民政厅',
    partyOrganizations: [partyOrg('联合组建')],
    unions: [unionOrg('联合建会')],
  }),
  // H: registered after the date → ignored.
  enterpriseFacts({ id: 'H', establishedOn: '2027-01-01', employeesBySource: { statistics: 50 } }),
  // I: no division anywhere, 8 employees, converted from 全民所有制 → C1 gap, J1 party + union.
  enterpriseFacts({
    id: 'I',
    divisionBySource: {},
    statisticsAreaCode: undefined,
    industryCode: undefined,
    employeesBySource: { tax: 8 },
    events: [
      {
        type: 'ENT_TYPE_CHANGE',
        date: '2024-03-01',
        before: '全民所有制',
        after: '有限责任公司(自然人投资或控股)',
      },
    ],
  }),
].map((facts) => evaluateOrganization(facts, SHAANXI_2021, AS_OF));

/** The numeric leaves of a counts object, for "adds up" checks. */
function leaves(counts: CoverageCounts): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(counts)) {
    if (typeof value === 'number' && !key.endsWith('Rate')) out[key] = value;
    else if (value && typeof value === 'object')
      for (const [sub, n] of Object.entries(value)) out[`${key}.${sub}`] = n as number;
  }
  return out;
}
function sum(all: CoverageCounts[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const counts of all)
    for (const [key, n] of Object.entries(leaves(counts))) out[key] = (out[key] ?? 0) + n;
  return out;
}

describe('summarizeCoverage', () => {
  const summary = summarizeCoverage(FACTS);

  it('equals the hand count', () => {
    expect(summary).toMatchObject({
      ruleSetId: 'shaanxi-2021',
      asOf: AS_OF,
      notYetEstablished: 1,
      organizations: 8,
      inScope: 6,
      outOfScope: 2,
      inactive: 1,
      publicEconomic: 1,
      employeesUnknown: 1,
      P1: { required: 2, met: 1, gap: 1 },
      U1: { required: 2, met: 1, gap: 1 },
      K1: { targets: 4, partyGaps: 1, unionGaps: 2 },
      M1: 1,
      M2: 0,
      C1Gaps: 1,
      J1: { partyCandidates: 2, unionCandidates: 2 },
      partyCovered: 3,
      partyWorkOnly: 1,
      unionCovered: 2,
      dualCovered: 2,
      partyCoverageRate: 3 / 6,
      unionCoverageRate: 2 / 6,
      dualCoverageRate: 2 / 6,
    });
  });

  it('breaks down by province → city → county, Yangling under 咸阳市', () => {
    expect(summary.byRegion.map((p) => p.province)).toEqual(['610000']);
    const [province] = summary.byRegion;
    expect(province.cities.map((c) => [c.city, c.counties.map((k) => k.county)])).toEqual([
      ['610100', ['610104', '610113']],
      ['610400', ['610402', '610403']],
    ]);
    const [xian, xianyang] = province.cities;
    expect(xian.counts).toMatchObject({
      organizations: 5,
      inScope: 3,
      K1: { targets: 3, partyGaps: 1, unionGaps: 2 },
    });
    expect(xianyang.counts).toMatchObject({
      organizations: 2,
      inScope: 2,
      employeesUnknown: 1,
      dualCovered: 1,
      dualCoverageRate: 0.5,
    });
    expect(summary.withoutRegion).toMatchObject({
      organizations: 1,
      C1Gaps: 1,
      J1: { partyCandidates: 1, unionCandidates: 1 },
    });
  });

  it('breaks down by industry section, unknown last', () => {
    expect(summary.byIndustry.map((i) => [i.section, i.counts.organizations])).toEqual([
      ['C', 2],
      ['I', 3],
      ['S', 1],
      [null, 2],
    ]);
  });

  it('every breakdown adds up to its parent', () => {
    const total = leaves(countCoverage(FACTS));
    expect(summary).toMatchObject(countCoverage(FACTS));
    expect(sum(summary.byIndustry.map((i) => i.counts))).toEqual(total);
    expect(sum([...summary.byRegion.map((p) => p.counts), summary.withoutRegion])).toEqual(total);
    for (const province of summary.byRegion) {
      expect(sum(province.cities.map((c) => c.counts))).toEqual(leaves(province.counts));
      for (const city of province.cities)
        expect(sum(city.counties.map((k) => k.counts))).toEqual(leaves(city.counts));
    }
  });

  it('gives null rates when nothing is in scope', () => {
    expect(countCoverage([])).toMatchObject({
      inScope: 0,
      partyCoverageRate: null,
      dualCoverageRate: null,
    });
    expect(summarizeCoverage([])).toMatchObject({
      ruleSetId: null,
      asOf: null,
      byRegion: [],
      byIndustry: [],
    });
  });

  it('refuses to mix rule sets or dates', () => {
    const other = parseRuleSet({ ...SHAANXI_2021, id: 'other' });
    expect(() =>
      summarizeCoverage([FACTS[0], evaluateOrganization(enterpriseFacts(), other, AS_OF)]),
    ).toThrow(/mixed/);
    expect(() =>
      summarizeCoverage([
        FACTS[0],
        evaluateOrganization(enterpriseFacts(), SHAANXI_2021, '2026-12-31'),
      ]),
    ).toThrow(/mixed/);
  });
});
