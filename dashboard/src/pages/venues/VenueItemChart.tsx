import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import type { VenueSummaryCountsFragment } from '../../gql/graphql';
import { VENUE_ITEMS } from './venue-items';

/** Per item of the six haves: the bodies having it and those lacking it (stacked to all bodies). */
export function VenueItemChart({ summary }: { summary: VenueSummaryCountsFragment }) {
  const { t } = useTranslation('venues');
  if (summary.bodies === 0) return <Empty />;
  return (
    <Chart
      testId="chart-venue-items"
      height={280}
      option={{
        // Drawn at once: the figures above are final, and a screenshot shows the bars' heights.
        animation: false,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { top: 40, left: 48, right: 16, bottom: 32 },
        xAxis: { type: 'category', data: VENUE_ITEMS.map((item) => t(`item.${item}`)) },
        yAxis: { type: 'value' },
        series: [
          {
            name: t('series.has'),
            type: 'bar',
            stack: 'bodies',
            itemStyle: { color: '#c0392b' },
            data: VENUE_ITEMS.map((item) => summary.byItem[item]),
          },
          {
            name: t('series.lacks'),
            type: 'bar',
            stack: 'bodies',
            itemStyle: { color: '#d9d9d9' },
            data: VENUE_ITEMS.map((item) => summary.bodies - summary.byItem[item]),
          },
        ],
      }}
    />
  );
}
