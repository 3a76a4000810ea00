import { GapRule, type Gap } from '../coverage/gap.type';
import { chineseGapReason } from './gap-reasons';

const gap = (rule: GapRule, numbers: Record<string, unknown>, extra: Partial<Gap> = {}): Gap => ({
  organization: {
    id: '1',
    uscc: null,
    name: '西安甲有限公司',
    kind: 'ENTERPRISE',
    status: null,
    active: true,
    division: null,
    industry: null,
    employees: 37,
  },
  rule,
  reason: 'English reason',
  numbers,
  sources: [],
  employees: 37,
  employeesSource: 'tax',
  partyMembers: 3,
  partyCoverage: 'JOINT',
  unionCoverage: 'NONE',
  ...extra,
});

describe('Chinese gap reasons of the exports', () => {
  it('states each rule with its numbers, sources and coverage forms', () => {
    expect(
      chineseGapReason(gap(GapRule.U1_NO_STANDALONE_UNION, { employees: 37, threshold: 25 })),
    ).toBe('从业人员37人（税务 代扣代缴人数 DKDJRS）≥ 25人，应单独建会，工会覆盖为“未覆盖”');
    expect(
      chineseGapReason(
        gap(GapRule.P1_NO_STANDALONE_PARTY_ORGANIZATION, { fullPartyMembers: 3, threshold: 3 }),
      ),
    ).toBe('正式党员3人（≥ 3人，应单独组建党组织），党组织覆盖为“联合组建”');
    expect(
      chineseGapReason(
        gap(
          GapRule.K1_PARTY_NOT_COVERED,
          { employees: 37, threshold: 10 },
          { employeesSource: 'statistics' },
        ),
      ),
    ).toBe(
      '重点覆盖对象（非公有制经济组织，从业人员37人（统计 期末从业人员）≥ 10人），党组织覆盖为“联合组建”',
    );
    expect(
      chineseGapReason(gap(GapRule.K1_UNION_NOT_COVERED, { category: 'PROFESSIONAL_FIRM' })),
    ).toBe('重点覆盖对象（律师、会计、税务等专业服务机构，不论规模），工会覆盖为“未覆盖”');
    expect(
      chineseGapReason(
        gap(GapRule.K1_UNION_NOT_COVERED, { level: 'provincial', authority: '陕西省民政厅' }),
      ),
    ).toBe('重点覆盖对象（在省级登记的社会团体，登记管理机关陕西省民政厅），工会覆盖为“未覆盖”');
    expect(
      chineseGapReason(
        gap(GapRule.K1_PARTY_NOT_COVERED, { employees: 40, threshold: 30, sector: '教育' }),
      ),
    ).toBe(
      '重点覆盖对象（教育领域的民办非企业单位（社会服务机构），从业人员40人 ≥ 30人），党组织覆盖为“联合组建”',
    );
    expect(
      chineseGapReason(gap(GapRule.M1_PARTY_WITHOUT_UNION, {}, { partyCoverage: 'STANDALONE' })),
    ).toBe('已单独组建党组织，工会覆盖为“未覆盖”：应由党组织推动建立工会');
    expect(
      chineseGapReason(
        gap(
          GapRule.M2_UNION_WITHOUT_PARTY,
          {},
          { unionCoverage: 'STANDALONE', partyCoverage: 'NONE' },
        ),
      ),
    ).toBe('已单独建会，党组织覆盖为“未覆盖”：工会应向党组织推荐入党积极分子');
    expect(
      chineseGapReason(
        gap(GapRule.C1_CONVERSION_NOT_COVERED, {
          conversionDate: '2024-03-01',
          before: '国有独资',
          after: '有限责任公司',
        }),
      ),
    ).toBe(
      '2024-03-01由“国有独资”改制为“有限责任公司”，党组织覆盖为“联合组建”，工会覆盖为“未覆盖”',
    );
  });

  it('keeps the stated text when the numbers lack what the sentence needs', () => {
    expect(chineseGapReason(gap(GapRule.U1_NO_STANDALONE_UNION, {}, { employees: null }))).toBe(
      'English reason',
    );
  });
});
