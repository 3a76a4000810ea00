import { industrySectionOf, matchIndustryCode } from './industry-code';

describe('matchIndustryCode', () => {
  it('adds the section letter to a bare class and keeps a lettered one', () => {
    expect(matchIndustryCode('6510')).toBe('I6510');
    expect(matchIndustryCode(' i6510 ')).toBe('I6510');
    expect(matchIndustryCode('C3421')).toBe('C3421');
    expect(matchIndustryCode('0190')).toBe('A0190');
  });

  it('rejects a letter that contradicts the division, and malformed codes', () => {
    expect(matchIndustryCode('C6510')).toBeUndefined();
    expect(matchIndustryCode('651')).toBeUndefined();
    expect(matchIndustryCode('9910')).toBeUndefined();
    expect(matchIndustryCode(null)).toBeUndefined();
  });

  it('maps section boundaries of GB/T 4754-2017', () => {
    expect([5, 6, 43, 44, 70, 90, 91, 97].map(industrySectionOf)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'K',
      'R',
      'S',
      'T',
    ]);
    expect(industrySectionOf(0)).toBeNull();
  });
});
