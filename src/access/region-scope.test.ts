import { OutOfRegionError, scopedRegion, withinRegion } from './region-scope';

describe('region scope', () => {
  it('narrows a question to the identity region, or refuses one outside it', () => {
    expect(scopedRegion('610100', undefined)).toBe('610100');
    expect(scopedRegion('610100', '610113')).toBe('610113');
    expect(scopedRegion('610100', '6101')).toBe('6101');
    expect(() => scopedRegion('610100', '610200')).toThrow(OutOfRegionError);
    expect(() => scopedRegion('610100', '61')).toThrow(OutOfRegionError);
    expect(() => scopedRegion('610113', '610100')).toThrow(OutOfRegionError);
  });

  it('leaves a province-wide identity what it asked', () => {
    expect(scopedRegion(null, '610200')).toBe('610200');
    expect(scopedRegion(null, undefined)).toBeUndefined();
  });

  it('compares codes by their prefix: trailing zero pairs widen, nothing else', () => {
    expect(withinRegion('610113', '610000')).toBe(true);
    expect(withinRegion('611000', '610100')).toBe(false);
    expect(withinRegion('610100', '610100')).toBe(true);
  });
});
