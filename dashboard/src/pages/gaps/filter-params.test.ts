import { describe, expect, it } from 'vitest';
import { coverageFilter, gapExportParams } from './filter-params';

describe('coverage filter from the address', () => {
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
