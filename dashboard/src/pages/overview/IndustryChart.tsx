import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import type { OverviewQuery } from '../../gql/graphql';

type Industry = OverviewQuery['coverage']['byIndustry'][number];

/** In-scope organizations per industry section, split into dual covered and not. */
export function IndustryChart({ industries }: { industries: Industry[] }) {
  const { t } = useTranslation('overview');
  const shown = industries.filter((i) => i.counts.inScope > 0);
  if (shown.length === 0) return <Empty />;
  const names = shown.map((i) =>
    i.section ? `${i.section} ${i.name ?? ''}`.trim() : t('unknownIndustry'),
  );
  return (
    <Chart
      testId="chart-industry"
      height={Math.max(240, shown.length * 26)}
      option={{
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { top: 40, left: 8, right: 24, bottom: 8, containLabel: true },
        yAxis: { type: 'category', data: names, inverse: true },
        xAxis: { type: 'value' },
        series: [
          {
            name: t('figures.dualCovered'),
            type: 'bar',
            stack: 'scope',
            data: shown.map((i) => i.counts.dualCovered),
          },
          {
            name: t('series.gaps'),
            type: 'bar',
            stack: 'scope',
            data: shown.map((i) => i.counts.inScope - i.counts.dualCovered),
          },
        ],
      }}
    />
  );
}
