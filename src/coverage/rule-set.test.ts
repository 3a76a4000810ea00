import {
  buildRuleSetRegistry,
  parseRuleSet,
  RULE_SETS,
  ruleSetById,
  SHAANXI_2021,
} from './rule-set';
import { evaluateOrganization } from './evaluate-organization';
import { AS_OF, enterpriseFacts } from './fixtures/organization-facts';

/** A made-up province with other numbers: written as JSON, no code. */
const VARIANT_JSON = JSON.stringify({
  ...SHAANXI_2021,
  id: 'variant-2024',
  version: '2024-01-01',
  document: 'test variant',
  thresholds: {
    partyMembersForStandalone: 5,
    employeesForStandaloneUnion: 50,
    keyNonPublicEmployees: 20,
    keySchoolHospitalEmployees: 40,
  },
  employeesPrecedence: ['tax', 'statistics', 'civil-affairs', 'trade-union', 'federation'],
});

describe('rule sets', () => {
  it('ships shaanxi-2021 with the POLICY numbers', () => {
    expect(ruleSetById('shaanxi-2021')).toBe(SHAANXI_2021);
    expect(SHAANXI_2021.thresholds).toEqual({
      partyMembersForStandalone: 3,
      employeesForStandaloneUnion: 25,
      keyNonPublicEmployees: 10,
      keySchoolHospitalEmployees: 30,
    });
    expect(SHAANXI_2021.inactiveStatuses).toEqual(['注销', '吊销', '撤销', '迁出']);
    expect(Object.keys(RULE_SETS)).toEqual(['shaanxi-2021']);
  });

  it('names the known ids for an unknown one', () => {
    expect(() => ruleSetById('gansu-2022')).toThrow(
      "unknown rule set 'gansu-2022' (known: shaanxi-2021)",
    );
    expect(() => ruleSetById('constructor')).toThrow(/unknown rule set/);
  });

  it('rejects invalid data with the offending path', () => {
    expect(() =>
      parseRuleSet({
        ...SHAANXI_2021,
        thresholds: { ...SHAANXI_2021.thresholds, partyMembersForStandalone: -1 },
      }),
    ).toThrow(/thresholds\.partyMembersForStandalone/);
    expect(() =>
      parseRuleSet({
        ...SHAANXI_2021,
        owningRegistries: [{ kinds: ['ENTERPRISE'], order: ['market-regulation'] }],
      }),
    ).toThrow(/last owningRegistries entry/);
    expect(() => parseRuleSet('{not json')).toThrow();
  });

  it('refuses two rule sets with one id', () => {
    expect(() => buildRuleSetRegistry([SHAANXI_2021, SHAANXI_2021])).toThrow(
      /duplicate rule set id 'shaanxi-2021'/,
    );
  });

  it('a second rule set given as data changes results without code changes', () => {
    const variant = parseRuleSet(VARIANT_JSON);
    const registry = buildRuleSetRegistry([SHAANXI_2021, variant]);
    const facts = enterpriseFacts({
      fullPartyMembers: 4,
      employeesBySource: { statistics: 30, tax: 60 },
    });

    const shaanxi = evaluateOrganization(facts, ruleSetById('shaanxi-2021', registry), AS_OF);
    expect(shaanxi.employees).toEqual({ value: 30, source: 'statistics' });
    expect(shaanxi.flags).toMatchObject({
      P1_gap: true,
      U1_gap: true,
      K1_target: true,
      J1_party_candidate: false,
    });

    const other = evaluateOrganization(facts, ruleSetById('variant-2024', registry), AS_OF);
    expect(other.ruleSetId).toBe('variant-2024');
    expect(other.employees).toEqual({ value: 60, source: 'tax' });
    expect(other.flags).toMatchObject({
      P1_required: false,
      P1_gap: false,
      U1_gap: true,
      K1_target: true,
      J1_party_candidate: true,
    });
    expect(other.reasons.find((r) => r.flag === 'U1_gap')?.numbers).toEqual({
      employees: 60,
      threshold: 50,
    });

    const small = enterpriseFacts({ employeesBySource: { tax: 15 } });
    expect(evaluateOrganization(small, SHAANXI_2021, AS_OF).flags.K1_target).toBe(true);
    expect(evaluateOrganization(small, variant, AS_OF).flags.K1_target).toBe(false);
  });
});
