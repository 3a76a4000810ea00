import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CoverageFigures } from './CoverageFigures';

const counts = {
  organizations: 5000,
  inScope: 4233,
  employeesUnknown: 527,
  partyCovered: 1227,
  unionCovered: 1499,
  dualCovered: 527,
  partyCoverageRate: 1227 / 4233,
  unionCoverageRate: 1499 / 4233,
  dualCoverageRate: 527 / 4233,
  p1: { required: 503, met: 296, gap: 207 },
  u1: { required: 857, met: 529, gap: 328 },
  k1: { targets: 1548, partyGaps: 968, unionGaps: 717 },
  m1: 110,
  m2: 298,
  c1Gaps: 30,
};

describe('CoverageFigures', () => {
  it('shows each POLICY figure as the API counts it, rates to one decimal', () => {
    render(<CoverageFigures counts={counts} />);
    expect(screen.getByTestId('figure-inScope').textContent).toBe('4,233');
    expect(screen.getByTestId('figure-partyCoverageRate').textContent).toBe('29.0%');
    expect(screen.getByTestId('figure-dualCoverageRate').textContent).toBe('12.4%');
    expect(screen.getByTestId('figure-p1Gap').textContent).toBe('207');
    expect(screen.getByTestId('figure-k1Targets').textContent).toBe('1,548');
    expect(screen.getByText('应建 857 · 已建 529')).toBeTruthy();
  });

  it('shows a dash for a rate with nothing in scope', () => {
    render(
      <CoverageFigures
        counts={{ ...counts, inScope: 0, partyCoverageRate: null, dualCoverageRate: null }}
      />,
    );
    expect(screen.getByTestId('figure-partyCoverageRate').textContent).toBe('—');
  });
});
