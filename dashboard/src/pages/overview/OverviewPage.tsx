import { Alert, Breadcrumb, Card, Col, DatePicker, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { LoadFailure, Loading } from '../../components/LoadState';
import { useUrlState } from '../../components/url-state';
import { CoverageFigures } from './CoverageFigures';
import { IndustryChart } from './IndustryChart';
import { OVERVIEW_QUERY, overviewVariables } from './overview-query';
import { regionPath } from './region-tree';
import { SubRegionChart } from './SubRegionChart';
import { TrendChart } from './TrendChart';

/** The region's POLICY figures, by sub-region and industry, and their trend; drill-down by click. */
export default function OverviewPage() {
  const { t } = useTranslation('overview');
  const { viewer } = useViewer();
  const [state, setState] = useUrlState(['region', 'asOf'] as const);
  const region = state.region ?? viewer.region?.code;
  const [{ data, error, fetching }, refetch] = useQuery({
    query: OVERVIEW_QUERY,
    variables: overviewVariables(state),
  });
  if (error && !data)
    return (
      <LoadFailure
        message={error.message}
        action={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  const coverage = data.coverage;
  const path = regionPath(coverage.byRegion, region);
  const current = path.at(-1);
  const crumbs = path.filter(
    (node) =>
      !viewer.region || node.division.code.startsWith(viewer.region.code.replace(/0+$/, '')),
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="overview">
      <Row justify="space-between" align="middle">
        <Col>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Breadcrumb
            data-testid="region-breadcrumb"
            items={crumbs.map((node) => ({
              title: (
                <a onClick={() => setState({ region: node.division.code })}>
                  {node.division.name ?? node.division.code}
                </a>
              ),
            }))}
          />
        </Col>
        <Col>
          <Space>
            <Typography.Text type="secondary">{t('asOfHint')}</Typography.Text>
            <DatePicker
              data-testid="as-of"
              value={state.asOf ? dayjs(state.asOf) : null}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              onChange={(d) => setState({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
            />
          </Space>
        </Col>
      </Row>
      {error && <Alert type="warning" message={error.message} />}
      <CoverageFigures counts={coverage} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            title={t('bySubRegion')}
            extra={<Typography.Text type="secondary">{t('drillHint')}</Typography.Text>}
          >
            <SubRegionChart
              regions={current?.children ?? []}
              onDrill={(code) => setState({ region: code })}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('trend')}>
            <TrendChart points={data.coverageTrend} />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('byIndustry')}>
            <IndustryChart industries={coverage.byIndustry} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
