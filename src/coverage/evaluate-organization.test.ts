import { evaluateOrganization } from './evaluate-organization';
import { SHAANXI_2021 } from './rule-set';
import { AS_OF, enterpriseFacts, partyOrg, unionOrg } from './fixtures/organization-facts';
import type { OrganizationFacts } from './organization-facts';

const evaluate = (overrides: Partial<OrganizationFacts> = {}, asOf = AS_OF) =>
  evaluateOrganization(enterpriseFacts(overrides), SHAANXI_2021, asOf);

describe('P1: ≥ 3 full Party members need a standalone Party organization', () => {
  it('gaps at exactly 3 members without a standalone organization', () => {
    const result = evaluate({ fullPartyMembers: 3, partyOrganizations: [partyOrg('联合组建')] });
    expect(result.flags).toMatchObject({
      P1_required: true,
      P1_met: false,
      P1_gap: true,
      J1_party_candidate: false,
    });
    expect(result.reasons).toContainEqual({
      rule: 'P1',
      flag: 'P1_gap',
      text: '3 full Party members ≥ 3 and party coverage JOINT',
      numbers: { fullPartyMembers: 3, threshold: 3 },
      sources: ['party-org'],
    });
  });

  it('is met at 3 members with a standalone organization', () => {
    const result = evaluate({ fullPartyMembers: 3, partyOrganizations: [partyOrg('单独组建')] });
    expect(result.flags).toMatchObject({ P1_required: true, P1_met: true, P1_gap: false });
  });

  it('does not apply at 2 members, which makes an uncovered organization a J1 party candidate', () => {
    const result = evaluate({ fullPartyMembers: 2 });
    expect(result.flags).toMatchObject({
      P1_required: false,
      P1_gap: false,
      J1_party_candidate: true,
    });
  });

  it('counts absent member data as 0 members', () => {
    const result = evaluate({ fullPartyMembers: undefined });
    expect(result.partyMembers).toBe(0);
    expect(result.flags.J1_party_candidate).toBe(true);
    expect(result.reasons.find((r) => r.flag === 'J1_party_candidate')?.sources).toEqual([]);
  });

  it('does not count work coverage (WORK_ONLY) as meeting P1', () => {
    const result = evaluate({ fullPartyMembers: 5, instructorAssigned: true });
    expect(result.partyCoverage).toBe('WORK_ONLY');
    expect(result.flags).toMatchObject({ P1_required: true, P1_met: false, P1_gap: true });
  });
});

describe('U1: ≥ 25 employees need a standalone union', () => {
  it.each([
    [24, false, false],
    [25, true, true],
    [26, true, true],
  ])('%i employees: required %s, gap %s', (employees, required, gap) => {
    const result = evaluate({ employeesBySource: { statistics: employees } });
    expect(result.flags.U1_required).toBe(required);
    expect(result.flags.U1_gap).toBe(gap);
    expect(result.flags.J1_union_candidate).toBe(!required);
  });

  it('explains a gap with the number and its source', () => {
    const result = evaluate({ employeesBySource: { tax: 37 } });
    expect(result.reasons).toContainEqual({
      rule: 'U1',
      flag: 'U1_gap',
      text: '37 employees (tax DKDJRS) ≥ 25 and union coverage NONE',
      numbers: { employees: 37, threshold: 25 },
      sources: ['tax'],
    });
  });

  it('regional coverage does not meet U1 but keeps the organization out of J1', () => {
    const big = evaluate({ employeesBySource: { statistics: 30 }, unions: [unionOrg('区域性')] });
    expect(big.unionCoverage).toBe('REGIONAL');
    expect(big.flags).toMatchObject({ U1_required: true, U1_met: false, U1_gap: true });
    const small = evaluate({ employeesBySource: { statistics: 10 }, unions: [unionOrg('区域性')] });
    expect(small.flags).toMatchObject({
      U1_required: false,
      J1_union_candidate: false,
      K1_union_gap: false,
    });
  });

  it('is met with a standalone union', () => {
    const result = evaluate({
      employeesBySource: { statistics: 25 },
      unions: [unionOrg('单独建会')],
    });
    expect(result.flags).toMatchObject({ U1_required: true, U1_met: true, U1_gap: false });
  });
});

describe('employees', () => {
  const all = {
    statistics: 40,
    tax: 31,
    'civil-affairs': 22,
    'trade-union': 18,
    federation: 9,
  } as const;
  const order = ['statistics', 'tax', 'civil-affairs', 'trade-union', 'federation'] as const;

  it.each(order.map((source, index) => [source, index] as const))(
    'takes %s when no higher source states a count',
    (source, index) => {
      const stated = Object.fromEntries(order.slice(index).map((s) => [s, all[s]]));
      const result = evaluate({ employeesBySource: stated, unions: [unionOrg('单独建会')] });
      expect(result.employees).toEqual({ value: all[source], source });
    },
  );

  it("takes the union's count only from a standalone union covering the organization", () => {
    const stated = { 'trade-union': 18, federation: 9 };
    expect(
      evaluate({ employeesBySource: stated, unions: [unionOrg('联合建会')] }).employees,
    ).toEqual({ value: 9, source: 'federation' });
    expect(
      evaluate({ employeesBySource: stated, unions: [unionOrg('单独建会', { active: false })] })
        .employees?.source,
    ).toBe('federation');
  });

  it('statistics wins over tax even when smaller', () => {
    const result = evaluate({ employeesBySource: { statistics: 24, tax: 60 } });
    expect(result.employees).toEqual({ value: 24, source: 'statistics' });
    expect(result.flags.U1_required).toBe(false);
  });

  it('a statistics 0 is a count, not an absence', () => {
    expect(evaluate({ employeesBySource: { statistics: 0, tax: 50 } }).employees).toEqual({
      value: 0,
      source: 'statistics',
    });
  });

  it('unknown employees meet no threshold, are no J1 union candidate, and are reported as a data gap', () => {
    const result = evaluate({ employeesBySource: {} });
    expect(result.employees).toBeNull();
    expect(result.employeesUnknown).toBe(true);
    expect(result.flags).toMatchObject({
      U1_required: false,
      U1_gap: false,
      K1_target: false,
      J1_union_candidate: false,
    });
    expect(result.reasons.map((r) => r.rule)).toContain('EMPLOYEES');
  });
});

describe('K1 key targets', () => {
  it('non-public economic with ≥ 10 employees; 9 is not', () => {
    expect(evaluate({ employeesBySource: { statistics: 10 } }).flags.K1_target).toBe(true);
    expect(evaluate({ employeesBySource: { statistics: 9 } }).flags.K1_target).toBe(false);
  });

  it('WORK_ONLY still leaves a K1 party gap and a J1 party candidate', () => {
    const result = evaluate({
      employeesBySource: { statistics: 12 },
      instructorAssigned: true,
      fullPartyMembers: 1,
    });
    expect(result.flags).toMatchObject({
      K1_target: true,
      K1_party_gap: true,
      K1_union_gap: true,
      J1_party_candidate: true,
    });
  });

  it('joint or industry coverage closes the K1 gaps', () => {
    const result = evaluate({
      partyOrganizations: [partyOrg('行业性')],
      unions: [unionOrg('联合建会')],
    });
    expect(result.flags).toMatchObject({
      K1_target: true,
      K1_party_gap: false,
      K1_union_gap: false,
    });
  });

  it('a law firm (USCC 31) of 2 employees is a target', () => {
    const result = evaluate({
      name: '陕西某某律师事务所',
      kind: 'LAW_FIRM',
      usccCategory: '31',
      holding: undefined,
      entType: undefined,
      statusBySource: { tax: '正常' },
      employeesBySource: { tax: 2 },
    });
    expect(result.category).toBe('PROFESSIONAL_FIRM');
    expect(result.flags).toMatchObject({
      K1_target: true,
      K1_party_gap: true,
      K1_union_gap: true,
      U1_required: false,
    });
  });
});

describe('M1 / M2', () => {
  it('M1: standalone Party organization, no union', () => {
    const result = evaluate({ partyOrganizations: [partyOrg('单独组建')] });
    expect(result.flags).toMatchObject({ M1: true, M2: false });
  });

  it('M2: standalone union, Party coverage NONE or WORK_ONLY', () => {
    expect(evaluate({ unions: [unionOrg('单独建会')] }).flags).toMatchObject({
      M1: false,
      M2: true,
    });
    expect(evaluate({ unions: [unionOrg('单独建会')], instructorAssigned: true }).flags.M2).toBe(
      true,
    );
    expect(
      evaluate({ unions: [unionOrg('单独建会')], partyOrganizations: [partyOrg('区域性')] }).flags
        .M2,
    ).toBe(false);
  });

  it('neither with a regional Party organization and no union', () => {
    expect(evaluate({ partyOrganizations: [partyOrg('区域性')] }).flags).toMatchObject({
      M1: false,
      M2: false,
    });
  });
});

describe('coverage form', () => {
  it('takes the best form when several organizations cover the unit', () => {
    const result = evaluate({
      partyOrganizations: [partyOrg('行业性'), partyOrg('单独组建'), partyOrg('区域性')],
      unions: [unionOrg('行业性'), unionOrg('联合建会')],
    });
    expect(result.partyCoverage).toBe('STANDALONE');
    expect(result.unionCoverage).toBe('JOINT');
  });

  it('ignores dissolved organizations and those established after the date', () => {
    const result = evaluate({
      partyOrganizations: [
        partyOrg('单独组建', { active: false }),
        partyOrg('联合组建', { establishedOn: '2026-10-01' }),
      ],
      unions: [unionOrg('单独建会', { establishedOn: '2026-10-01' })],
    });
    expect(result.partyCoverage).toBe('NONE');
    expect(result.unionCoverage).toBe('NONE');
    expect(
      evaluate({ unions: [unionOrg('单独建会', { establishedOn: '2026-10-01' })] }, '2026-10-01')
        .unionCoverage,
    ).toBe('STANDALONE');
  });
});

describe('C1 conversions', () => {
  const conversion = {
    type: 'ENT_TYPE_CHANGE' as const,
    date: '2024-06-01',
    before: '全民所有制',
    after: '有限责任公司(自然人投资或控股)',
  };

  it('flags a conversion on or before the date when a coverage is missing', () => {
    const result = evaluate({ events: [conversion], partyOrganizations: [partyOrg('单独组建')] });
    expect(result.flags.C1_gap).toBe(true);
    expect(result.reasons.find((r) => r.rule === 'C1')?.numbers).toEqual({
      conversionDate: '2024-06-01',
      before: '全民所有制',
      after: '有限责任公司(自然人投资或控股)',
    });
    expect(evaluate({ events: [conversion] }, '2024-06-01').flags.C1_gap).toBe(true);
  });

  it('ignores a conversion after the date', () => {
    const result = evaluate({ events: [{ ...conversion, date: '2026-10-15' }] });
    expect(result.flags.C1_gap).toBe(false);
  });

  it('is no gap when both a Party organization and a union cover it', () => {
    const result = evaluate({
      events: [conversion],
      partyOrganizations: [partyOrg('联合组建')],
      unions: [unionOrg('区域性')],
    });
    expect(result.flags.C1_gap).toBe(false);
  });

  it('a change between two non-public types or from private to state-owned is no conversion', () => {
    expect(evaluate({ events: [{ ...conversion, before: '个人独资企业' }] }).flags.C1_gap).toBe(
      false,
    );
    expect(
      evaluate({
        events: [{ ...conversion, before: '集体所有制', after: '有限责任公司(国有独资)' }],
      }).flags.C1_gap,
    ).toBe(false);
  });
});

describe('region and street', () => {
  it('uses the owning registry, then the statistics area code, then tax', () => {
    expect(evaluate().region).toEqual({
      division: '610113',
      city: '610100',
      source: 'market-regulation',
    });
    expect(evaluate({ divisionBySource: { tax: '610104' } }).region).toEqual({
      division: '610113',
      city: '610100',
      source: 'statistics',
    });
    expect(
      evaluate({ divisionBySource: { tax: '610104' }, statisticsAreaCode: undefined }).region,
    ).toEqual({ division: '610104', city: '610100', source: 'tax' });
    expect(evaluate({ divisionBySource: {}, statisticsAreaCode: undefined }).region).toBeNull();
  });

  it('rolls Yangling 610403 into 咸阳市 610400', () => {
    const result = evaluate({
      divisionBySource: { 'market-regulation': '610403' },
      statisticsAreaCode: '610403100001',
    });
    expect(result.region).toEqual({
      division: '610403',
      city: '610400',
      source: 'market-regulation',
    });
    expect(result.street).toBe('610403100');
  });

  it('gives the industry section letter', () => {
    expect(evaluate().industrySection).toBe('I');
    expect(evaluate({ industryCode: undefined }).industrySection).toBeNull();
  });
});

describe('as-of evaluation', () => {
  it('ignores an organization registered after the date', () => {
    const result = evaluate({ establishedOn: '2026-10-01' });
    expect(result).toMatchObject({
      active: false,
      inScope: false,
      outOfScopeReason: 'NOT_YET_ESTABLISHED',
    });
    expect(Object.values(result.flags).some(Boolean)).toBe(false);
  });

  it('undoes a status change after the date', () => {
    const facts = {
      statusBySource: { 'market-regulation': '注销' },
      events: [
        { type: 'STATUS_CHANGE' as const, date: '2026-11-01', before: '存续', after: '注销' },
      ],
    };
    expect(evaluate(facts).inScope).toBe(true);
    expect(evaluate(facts, '2026-11-01').outOfScopeReason).toBe('INACTIVE');
  });

  it('rejects a malformed date', () => {
    expect(() => evaluate({}, '2026/09/30')).toThrow(RangeError);
  });
});

describe('reasons', () => {
  it('explain every flag that is set (required flags through their met / gap reason), and only those', () => {
    const cases = [
      evaluate({
        fullPartyMembers: 4,
        employeesBySource: { tax: 37 },
        partyOrganizations: [partyOrg('单独组建')],
      }),
      evaluate({
        fullPartyMembers: 1,
        instructorAssigned: true,
        unions: [unionOrg('单独建会')],
        events: [
          {
            type: 'ENT_TYPE_CHANGE',
            date: '2023-01-01',
            before: '集体所有制',
            after: '普通合伙企业',
          },
        ],
      }),
      evaluate({ employeesBySource: {} }),
    ];
    for (const result of cases) {
      const set = Object.entries(result.flags)
        .filter(([flag, on]) => on && !flag.endsWith('_required'))
        .map(([flag]) => flag);
      expect(
        result.reasons
          .filter((r) => r.flag)
          .map((r) => r.flag)
          .sort(),
      ).toEqual(set.sort());
      expect(result.reasons[0].rule).toBe('SCOPE');
    }
  });
});
