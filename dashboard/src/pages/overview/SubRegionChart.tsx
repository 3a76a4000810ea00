import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { count, percent } from '../../components/format';
import type { RegionNodeFragment } from '../../gql/graphql';

const rate = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 1000) / 10;

/** Coverage rates of the regions under the current one; a click on a bar drills into it. */
export function SubRegionChart(props: {
  regions: RegionNodeFragment[];
  onDrill: (code: string) => void;
}) {
  const { t } = useTranslation('overview');
  if (props.regions.length === 0) return <Empty />;
  const names = props.regions.map((r) => r.division.name ?? r.division.code);
  const series = (name: string, pick: (r: RegionNodeFragment) => number | null | undefined) => ({
    name,
    type: 'bar' as const,
    data: props.regions.map((r) => rate(pick(r))),
  });
  return (
    <>
      <Chart
        testId="chart-sub-region"
        onClick={(item) => props.onDrill(props.regions[item.dataIndex].division.code)}
        option={{
          tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}%` },
          legend: { top: 0 },
          grid: { top: 40, left: 8, right: 16, bottom: 8, containLabel: true },
          xAxis: {
            type: 'category',
            data: names,
            axisLabel: { rotate: names.length > 8 ? 40 : 0 },
          },
          yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
          series: [
            series(t('series.party'), (r) => r.counts.partyCoverageRate),
            series(t('series.union'), (r) => r.counts.unionCoverageRate),
            series(t('series.dual'), (r) => r.counts.dualCoverageRate),
          ],
        }}
      />
      <Table
        size="small"
        rowKey={(r) => r.division.code}
        pagination={false}
        data-testid="sub-region-table"
        dataSource={props.regions}
        // The regions' own children are the next drill-down, not rows to expand here.
        expandable={{ childrenColumnName: 'noChildren' }}
        onRow={(r) => ({
          onClick: () => props.onDrill(r.division.code),
          style: { cursor: 'pointer' },
        })}
        columns={[
          { title: t('table.region'), render: (_, r) => r.division.name ?? r.division.code },
          { title: t('table.inScope'), align: 'right', render: (_, r) => count(r.counts.inScope) },
          {
            title: t('table.party'),
            align: 'right',
            render: (_, r) => percent(r.counts.partyCoverageRate),
          },
          {
            title: t('table.union'),
            align: 'right',
            render: (_, r) => percent(r.counts.unionCoverageRate),
          },
          {
            title: t('table.dual'),
            align: 'right',
            render: (_, r) => percent(r.counts.dualCoverageRate),
          },
          { title: t('table.p1Gap'), align: 'right', render: (_, r) => count(r.counts.p1.gap) },
          { title: t('table.u1Gap'), align: 'right', render: (_, r) => count(r.counts.u1.gap) },
        ]}
      />
    </>
  );
}
