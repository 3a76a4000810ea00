import { describe, expect, it } from 'vitest';
import { isIndustryCode, listParam, OWNERSHIPS } from './filter-lists';

describe('filter lists from the address', () => {
  it('keeps the allowed list values only', () => {
    expect(listParam('PUBLIC_ECONOMIC,NOPE', OWNERSHIPS)).toEqual(['PUBLIC_ECONOMIC']);
    expect(listParam('', OWNERSHIPS)).toBeUndefined();
    expect(listParam(undefined, OWNERSHIPS)).toBeUndefined();
  });

  it('accepts section letters and class codes', () => {
    expect(isIndustryCode('I')).toBe(true);
    expect(isIndustryCode('i6510')).toBe(true);
    expect(isIndustryCode('6510')).toBe(true);
    expect(isIndustryCode('I65')).toBe(false);
  });
});
