import { evaluateOrganization } from './evaluate-organization';
import { SHAANXI_2021 } from './rule-set';
import { AS_OF, enterpriseFacts, socialFacts } from './fixtures/organization-facts';
import type { OrganizationFacts } from './organization-facts';

const evaluate = (facts: OrganizationFacts) => evaluateOrganization(facts, SHAANXI_2021, AS_OF);

describe('active: the owning registry decides', () => {
  it('注销 in market regulation wins over tax 正常', () => {
    const result = evaluate(
      enterpriseFacts({
        statusBySource: { 'market-regulation': '注销', tax: '正常' },
        employeesBySource: { statistics: 80 },
      }),
    );
    expect(result).toMatchObject({ active: false, inScope: false, outOfScopeReason: 'INACTIVE' });
    expect(Object.values(result.flags).some(Boolean)).toBe(false);
    expect(result.reasons).toEqual([
      expect.objectContaining({
        rule: 'SCOPE',
        text: 'out of scope: inactive, status 注销 (market-regulation)',
        sources: ['statistics', 'market-regulation'],
      }),
    ]);
  });

  it('tax 非正常 does not end an enterprise that market regulation says is 存续', () => {
    expect(
      evaluate(enterpriseFacts({ statusBySource: { 'market-regulation': '存续', tax: '非正常' } }))
        .active,
    ).toBe(true);
  });

  it('falls back to tax, then statistics, when the owning registry states no status', () => {
    expect(
      evaluate(enterpriseFacts({ statusBySource: { tax: '注销', statistics: '正常' } })).active,
    ).toBe(false);
    expect(evaluate(enterpriseFacts({ statusBySource: {} })).active).toBe(true);
  });

  it('civil affairs decides for a social organization; 撤销 and 迁出 end an organization', () => {
    expect(
      evaluate(socialFacts({ statusBySource: { 'civil-affairs': '撤销', tax: '正常' } }))
        .outOfScopeReason,
    ).toBe('INACTIVE');
    expect(
      evaluate(enterpriseFacts({ statusBySource: { 'market-regulation': '迁出' } }))
        .outOfScopeReason,
    ).toBe('INACTIVE');
    expect(
      evaluate(enterpriseFacts({ statusBySource: { 'market-regulation': '吊销' } }))
        .outOfScopeReason,
    ).toBe('INACTIVE');
  });

  it('tax decides for a law firm', () => {
    const firm = enterpriseFacts({
      kind: 'LAW_FIRM',
      usccCategory: '31',
      statusBySource: { 'market-regulation': '注销', tax: '正常' },
    });
    expect(evaluate(firm).active).toBe(true);
  });
});

describe('category: ownership from holding first, ent_type second', () => {
  it('public holding (1) is out of scope', () => {
    const result = evaluate(
      enterpriseFacts({ holding: '1', entType: '有限责任公司(自然人投资或控股)' }),
    );
    expect(result).toMatchObject({
      category: 'PUBLIC_ECONOMIC',
      inScope: false,
      outOfScopeReason: 'PUBLIC_ECONOMIC',
      active: true,
    });
  });

  it('holding 3 wins over an ent_type that says 国有', () => {
    const result = evaluate(enterpriseFacts({ holding: '3', entType: '有限责任公司(国有独资)' }));
    expect(result).toMatchObject({ category: 'NON_PUBLIC_ECONOMIC', inScope: true });
  });

  it('without a holding code, ent_type decides: 国有 / 全民所有制 / 集体所有制 are public', () => {
    for (const entType of ['有限责任公司(国有独资)', '全民所有制', '集体所有制']) {
      expect(evaluate(enterpriseFacts({ holding: undefined, entType })).category).toBe(
        'PUBLIC_ECONOMIC',
      );
    }
    expect(
      evaluate(enterpriseFacts({ holding: undefined, entType: '个人独资企业' })).category,
    ).toBe('NON_PUBLIC_ECONOMIC');
    expect(evaluate(enterpriseFacts({ holding: undefined, entType: undefined })).category).toBe(
      'NON_PUBLIC_ECONOMIC',
    );
  });

  it('holding 9 (其他) is treated as no holding code: ent_type decides, no marker means non-public', () => {
    expect(evaluate(enterpriseFacts({ holding: '9', entType: '集体所有制' })).category).toBe(
      'PUBLIC_ECONOMIC',
    );
    expect(evaluate(enterpriseFacts({ holding: '9', entType: '普通合伙企业' })).category).toBe(
      'NON_PUBLIC_ECONOMIC',
    );
  });

  it('uses the ent_type as of the date when it changed later', () => {
    const facts = enterpriseFacts({
      holding: undefined,
      entType: '有限责任公司(自然人投资或控股)',
      events: [
        {
          type: 'ENT_TYPE_CHANGE',
          date: '2026-12-01',
          before: '全民所有制',
          after: '有限责任公司(自然人投资或控股)',
        },
      ],
    });
    expect(evaluate(facts).category).toBe('PUBLIC_ECONOMIC');
    expect(evaluateOrganization(facts, SHAANXI_2021, '2026-12-01').category).toBe(
      'NON_PUBLIC_ECONOMIC',
    );
  });

  it('professional firms by USCC 31, kind, or name', () => {
    expect(
      evaluate(enterpriseFacts({ name: '陕西某某会计师事务所(特殊普通合伙)', kind: 'ENTERPRISE' }))
        .category,
    ).toBe('PROFESSIONAL_FIRM');
    expect(evaluate(enterpriseFacts({ name: '西安某某税务师事务所有限公司' })).category).toBe(
      'PROFESSIONAL_FIRM',
    );
    expect(evaluate(enterpriseFacts({ kind: 'LAW_FIRM', usccCategory: undefined })).category).toBe(
      'PROFESSIONAL_FIRM',
    );
  });

  it('social organizations by USCC 51/52/53 or civil-affairs registration', () => {
    expect(evaluate(enterpriseFacts({ usccCategory: '53', kind: 'OTHER' }))).toMatchObject({
      category: 'SOCIAL_ORGANIZATION',
      socialKind: 'FOUNDATION',
    });
    expect(
      evaluate(socialFacts({ usccCategory: undefined, socialOrgType: '社会服务机构' })),
    ).toMatchObject({
      category: 'SOCIAL_ORGANIZATION',
      socialKind: 'PRIVATE_NON_ENTERPRISE',
    });
  });
});

describe('K1 for social organizations', () => {
  it('a social group registered by a provincial 民政厅 or 民政部 is a target; a city one is not', () => {
    const provincial = evaluate(socialFacts({ registrationAuthority: '陕西省民政厅' }));
    expect(provincial.flags).toMatchObject({
      K1_target: true,
      K1_party_gap: true,
      K1_union_gap: true,
    });
    expect(provincial.reasons.find((r) => r.flag === 'K1_target')?.sources).toEqual([
      'civil-affairs',
    ]);
    expect(evaluate(socialFacts({ registrationAuthority: '民政部' })).flags.K1_target).toBe(true);
    expect(evaluate(socialFacts({ registrationAuthority: '西安市民政局' })).flags.K1_target).toBe(
      false,
    );
    expect(
      evaluate(socialFacts({ registrationAuthority: undefined, registrationLevel: 'provincial' }))
        .flags.K1_target,
    ).toBe(true);
  });

  it('a private school with 30 employees is a target, with 29 it is not', () => {
    const school = (employees: number) =>
      socialFacts({
        kind: 'PRIVATE_NON_ENTERPRISE',
        usccCategory: '52',
        socialOrgType: '民办非企业单位',
        sector: '教育',
        employeesBySource: { 'civil-affairs': employees },
      });
    expect(evaluate(school(30)).flags.K1_target).toBe(true);
    expect(evaluate(school(29)).flags.K1_target).toBe(false);
    expect(evaluate({ ...school(30), sector: '文化' }).flags.K1_target).toBe(false);
    const hospital = socialFacts({
      socialOrgType: '社会服务机构',
      sector: '卫生健康',
      employeesBySource: { statistics: 31 },
    });
    expect(evaluate(hospital).flags.K1_target).toBe(true);
  });

  it('a foundation is in scope but no K1 target', () => {
    const result = evaluate(
      socialFacts({
        socialOrgType: '基金会',
        usccCategory: '53',
        registrationAuthority: '陕西省民政厅',
      }),
    );
    expect(result).toMatchObject({ inScope: true, socialKind: 'FOUNDATION' });
    expect(result.flags.K1_target).toBe(false);
  });
});
