import { industryClass, normalizeIndustryCode } from './industries';

describe('GB/T 4754-2017 industry codes', () => {
  it('adds the section letter to a 4-digit class', () => {
    expect(normalizeIndustryCode('6513')).toBe('I6513');
    expect(normalizeIndustryCode(3421)).toBe('C3421');
    expect(normalizeIndustryCode('c3421')).toBe('C3421');
  });
  it('accepts a group written with a trailing 0, as SPEC does (6510)', () => {
    expect(normalizeIndustryCode('I6510')).toBe('I6510');
    expect(industryClass('I6510')?.name).toBe('软件开发');
  });
  it('refuses unknown codes and a wrong letter', () => {
    expect(normalizeIndustryCode('Z9999')).toBeNull();
    expect(normalizeIndustryCode('A6513')).toBeNull();
    expect(normalizeIndustryCode('65')).toBeNull();
  });
});
