import { Alert, Card, Checkbox, Col, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { cursorTrail } from '../../components/cursor-trail';
import { LoadFailure, Loading } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { RegionPicker } from '../../components/RegionPicker';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import { venueArguments } from './venue-items';
import { VenueFigures } from './VenueFigures';
import { VenueItemChart } from './VenueItemChart';
import { VenueTable } from './VenueTable';

export const VENUE_SUMMARY_QUERY = graphql(`
  query VenueSummary($side: VenueSide, $region: String, $includeInactive: Boolean!) {
    venueSummary(side: $side, region: $region, includeInactive: $includeInactive) {
      ...VenueSummaryCounts
    }
  }
`);

export const VENUES_QUERY = graphql(`
  query Venues(
    $side: VenueSide
    $region: String
    $includeInactive: Boolean!
    $compliant: Boolean
    $first: Int
    $after: String
  ) {
    venues(
      side: $side
      region: $region
      includeInactive: $includeInactive
      compliant: $compliant
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...VenueRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** Rule V1: the six haves of the activity venues, as figures, per item and body by body. */
export default function VenuesPage() {
  const { t } = useTranslation('venues');
  const { t: common } = useTranslation();
  const [state, setState] = useUrlState([
    'side',
    'compliant',
    'region',
    'inactive',
    'pages',
  ] as const);
  // Other filters list other bodies: they start again on the first page.
  const change = (changes: Partial<Record<'side' | 'compliant' | 'region' | 'inactive', string>>) =>
    setState({ ...changes, pages: undefined });
  const args = venueArguments(state);
  const summaryArgs = {
    side: args.side,
    region: args.region,
    includeInactive: args.includeInactive,
  };
  const trail = cursorTrail(state.pages);
  const [summary, refetchSummary] = useQuery({
    query: VENUE_SUMMARY_QUERY,
    variables: summaryArgs,
  });
  const [list] = useQuery({
    query: VENUES_QUERY,
    variables: { ...args, first: PAGE_SIZE, after: trail.after },
  });
  if (summary.error && !summary.data)
    return (
      <LoadFailure
        message={summary.error.message}
        action={() => refetchSummary({ requestPolicy: 'network-only' })}
      />
    );
  if (!summary.data) return <Loading />;
  const venues = list.data?.venues;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="venues">
      <PageHeading title={t('title')} intro={t('intro')} />
      <Card size="small">
        <Space wrap size="middle">
          <Space>
            <span>{t('filter.side')}</span>
            <Select
              data-testid="filter-side"
              style={{ width: 150 }}
              value={args.side ?? ''}
              onChange={(side: string) => change({ side })}
              options={[
                { value: '', label: t('filter.both') },
                { value: 'PARTY', label: t('side.PARTY') },
                { value: 'UNION', label: t('side.UNION') },
              ]}
            />
          </Space>
          <Space>
            <span>{t('filter.compliant')}</span>
            <Select
              data-testid="filter-compliant"
              style={{ width: 130 }}
              value={state.compliant ?? ''}
              onChange={(compliant: string) => change({ compliant })}
              options={[
                { value: '', label: t('filter.any') },
                { value: 'true', label: t('filter.compliantOnly') },
                { value: 'false', label: t('filter.notCompliant') },
              ]}
            />
          </Space>
          <Space>
            <span>{t('filter.region')}</span>
            <RegionPicker
              testId="filter-region"
              value={args.region}
              onChange={(region) => change({ region })}
              allowClear
            />
          </Space>
          <Checkbox
            data-testid="filter-inactive"
            checked={args.includeInactive}
            onChange={(e) => change({ inactive: e.target.checked ? 'true' : undefined })}
          >
            {t('filter.includeInactive')}
          </Checkbox>
        </Space>
      </Card>
      {summary.error && <Alert type="warning" message={summary.error.message} />}
      <VenueFigures summary={summary.data.venueSummary} />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card title={t('byItem')}>
            <VenueItemChart summary={summary.data.venueSummary} />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('table.title')}>
            {list.error && <Alert type="error" showIcon message={list.error.message} />}
            <VenueTable venues={venues?.edges.map((e) => e.node) ?? []} loading={list.fetching} />
            <div style={{ marginTop: 12 }}>
              <CursorPager
                testId="venue-pager"
                trail={trail}
                total={venues && common('common.total', { count: venues.totalCount })}
                endCursor={venues?.pageInfo.endCursor}
                hasNextPage={venues?.pageInfo.hasNextPage ?? false}
                fetching={list.fetching}
                onChange={(pages) => setState({ pages })}
              />
            </div>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
