import { describe, expect, it } from 'vitest';
import {
  coverageFilter,
  gapExportParams,
  isIndustryCode,
  listParam,
  OWNERSHIPS,
} from './filter-params';

describe('coverage filter from the address', () => {
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

  it('builds the API filter, the viewer region by default', () => {
    expect(coverageFilter({}, undefined)).toBeUndefined();
    expect(coverageFilter({}, '610100')).toEqual({ region: '610100' });
    expect(
      coverageFilter(
        { region: '610113', industry: 'c', kind: 'ENTERPRISE,BRANCH', ownership: 'X' },
        '610100',
      ),
    ).toEqual({ region: '610113', industry: 'C', kind: ['ENTERPRISE', 'BRANCH'] });
  });

  it('gives the export the same filter, lists comma-separated', () => {
    expect(
      gapExportParams('U1_NO_STANDALONE_UNION', {
        region: '6101',
        kind: ['ENTERPRISE', 'BRANCH'],
        ownership: ['NON_PUBLIC_ECONOMIC'],
      }),
    ).toEqual({
      rule: 'U1_NO_STANDALONE_UNION',
      region: '6101',
      industry: undefined,
      kind: 'ENTERPRISE,BRANCH',
      ownership: 'NON_PUBLIC_ECONOMIC',
    });
  });
});
