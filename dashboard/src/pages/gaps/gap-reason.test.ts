import { describe, expect, it } from 'vitest';
import { chineseGapReason, type GapFacts } from './gap-reason';

const base: GapFacts = {
  rule: 'U1_NO_STANDALONE_UNION',
  reason: '37 employees (tax) ≥ 25 and union coverage NONE',
  numbers: { employees: 37, threshold: 25 },
  partyCoverage: 'NONE',
  unionCoverage: 'NONE',
  partyMembers: 0,
  employees: 37,
  employeesSource: 'tax',
};

describe('chineseGapReason', () => {
  it('says the U1 reason with the department and its field', () => {
    expect(chineseGapReason(base)).toMatch(
      /^从业人员37人（税务 .+）≥ 25人，应单独建会，工会覆盖为“未覆盖”$/,
    );
  });

  it('says why a key target is one', () => {
    expect(
      chineseGapReason({
        ...base,
        rule: 'K1_PARTY_NOT_COVERED',
        partyCoverage: 'WORK_ONLY',
        numbers: { category: 'PROFESSIONAL_FIRM' },
      }),
    ).toBe(
      '重点覆盖对象（律师、会计、税务等专业服务机构，不论规模），党组织覆盖为“工作覆盖（党建指导员）”',
    );
  });

  it('falls back to the English reason without the numbers it needs', () => {
    expect(chineseGapReason({ ...base, numbers: {} })).toBe(base.reason);
    expect(chineseGapReason({ ...base, rule: 'C1_CONVERSION_NOT_COVERED' })).toBe(base.reason);
  });
});
