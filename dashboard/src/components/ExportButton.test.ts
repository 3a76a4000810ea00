import { describe, expect, it } from 'vitest';
import { exportUrl } from './ExportButton';

describe('exportUrl', () => {
  it('carries the list filters and leaves out the empty ones', () => {
    expect(
      exportUrl('gaps', 'xlsx', { rule: 'U1_NO_STANDALONE_UNION', region: '6101', industry: '' }),
    ).toBe('/exports/gaps.xlsx?rule=U1_NO_STANDALONE_UNION&region=6101');
    expect(exportUrl('discrepancies', 'csv', {})).toBe('/exports/discrepancies.csv');
  });
});
