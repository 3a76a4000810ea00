import { isCalendarDay, planAssignment, regionBody } from './case-assignment';

describe('the body a case belongs to', () => {
  it("is the region's organization department for Party gaps, its union for union gaps", () => {
    expect(regionBody('610113', 'U1_NO_STANDALONE_UNION')).toMatch(/雁塔区总工会$/);
    expect(regionBody('610113', 'P1_NO_STANDALONE_PARTY_ORGANIZATION')).toMatch(
      /雁塔区党委组织部$/,
    );
    // A Party organization without a union is the union's to close.
    expect(regionBody('610100', 'M1_PARTY_WITHOUT_UNION')).toBe('西安市总工会');
    expect(regionBody(null, 'M2_UNION_WITHOUT_PARTY')).toBe('陕西省党委组织部');
  });
});

describe('re-assigning and re-dating a case', () => {
  const current = { assignee: '雁塔区总工会', due: '2027-03-31' };

  it('changes what is asked, and says so in the note', () => {
    expect(planAssignment('OPEN', current, { assignee: ' 张三 ', note: '改派' })).toEqual({
      assignee: '张三',
      due: '2027-03-31',
      note: 'assignee: 雁塔区总工会 → 张三 — 改派',
    });
    expect(
      planAssignment(
        'VISITED',
        { assignee: null, due: null },
        { assignee: 'A', due: '2028-02-29' },
      ),
    ).toEqual({ assignee: 'A', due: '2028-02-29', note: 'assignee: — → A; due: — → 2028-02-29' });
  });

  it('refuses a closed case, a bad date, a blank assignee and nothing to change', () => {
    expect(() => planAssignment('FOUNDED', current, { assignee: 'B' })).toThrow(/is closed/);
    expect(() => planAssignment('OPEN', current, { due: '2027-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => planAssignment('OPEN', current, { due: '31/03/2027' })).toThrow(/YYYY-MM-DD/);
    expect(() => planAssignment('OPEN', current, { assignee: '  ' })).toThrow(/empty/);
    expect(() => planAssignment('OPEN', current, {})).toThrow(/nothing to change/);
    expect(() =>
      planAssignment('OPEN', current, { assignee: '雁塔区总工会', due: '2027-03-31' }),
    ).toThrow(/nothing to change/);
  });

  it('knows the days of the calendar', () => {
    expect(isCalendarDay('2027-12-31')).toBe(true);
    expect(isCalendarDay('2027-13-01')).toBe(false);
    expect(isCalendarDay('2027-2-01')).toBe(false);
  });
});
