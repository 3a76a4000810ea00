import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { dateTime } from '../../components/format';
import type { OverviewQuery } from '../../gql/graphql';

type Point = OverviewQuery['coverageTrend'][number];

const rate = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 1000) / 10;

/** The coverage rates at evenly spaced instants of the coverage history. */
export function TrendChart({ points }: { points: Point[] }) {
  const { t } = useTranslation('overview');
  const known = points.filter((p) => p.counts.inScope > 0);
  if (known.length === 0) return <Empty description={t('noHistory')} />;
  const line = (name: string, pick: (p: Point) => number | null | undefined) => ({
    name,
    type: 'line' as const,
    smooth: true,
    data: known.map((p) => rate(pick(p))),
  });
  return (
    <Chart
      testId="chart-trend"
      option={{
        tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}%` },
        legend: { top: 0 },
        grid: { top: 40, left: 8, right: 16, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: known.map((p) => dateTime(p.at)),
          axisLabel: { hideOverlap: true },
        },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          line(t('series.party'), (p) => p.counts.partyCoverageRate),
          line(t('series.union'), (p) => p.counts.unionCoverageRate),
          line(t('series.dual'), (p) => p.counts.dualCoverageRate),
        ],
      }}
    />
  );
}
