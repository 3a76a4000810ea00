import { Alert, Card, Col, Row, Segmented, Select, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { cursorTrail } from '../../components/cursor-trail';
import { ExportButton } from '../../components/ExportButton';
import { feedLabel } from '../../components/feed-label';
import { count } from '../../components/format';
import { PageHeading } from '../../components/PageHeading';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import { DiscrepancyTable } from './DiscrepancyTable';
import { DISCREPANCY_FIELDS, isField } from './discrepancy-values';
import { FEED_IDS, feedOrFirst } from './feed-labels';

export const DISCREPANCIES_QUERY = graphql(`
  query Discrepancies($source: String!, $field: DiscrepancyField!, $first: Int, $after: String) {
    discrepancies(source: $source, field: $field, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DiscrepancyRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** Per department and field, its records that disagree with the others', to export and fix. */
export default function FeedbackPage() {
  const { t, i18n } = useTranslation('feedback');
  const { t: common } = useTranslation();
  const { viewer } = useViewer();
  const [state, setState] = useUrlState(['source', 'field', 'pages'] as const);
  // A department's key sees its own feed only (the API refuses the others).
  const own = viewer.department ?? null;
  const source = own ?? feedOrFirst(state.source);
  const field = isField(state.field) ? state.field : 'EMPLOYEES';
  const trail = cursorTrail(state.pages);
  const [{ data, error, fetching }] = useQuery({
    query: DISCREPANCIES_QUERY,
    variables: { source, field, first: PAGE_SIZE, after: trail.after },
  });
  const list = data?.discrepancies;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="feedback">
      <PageHeading title={t('title')} intro={t('intro')} />
      <Card size="small">
        <Space direction="vertical" size="small" style={{ width: '100%' }}>
          <Space wrap>
            <span>{t('department')}</span>
            <Select
              data-testid="feedback-source"
              style={{ width: 180 }}
              value={source}
              disabled={own !== null}
              onChange={(next: string) => setState({ source: next, pages: undefined })}
              options={(own ? [own] : FEED_IDS).map((id) => ({
                value: id,
                label: feedLabel(id, i18n.language),
              }))}
            />
            {own && <Typography.Text type="secondary">{t('ownOnly')}</Typography.Text>}
          </Space>
          <Space wrap>
            <span>{t('field')}</span>
            <Segmented
              data-testid="feedback-field"
              value={field}
              onChange={(next) => setState({ field: String(next), pages: undefined })}
              options={DISCREPANCY_FIELDS.map((f) => ({ value: f, label: t(`fields.${f}`) }))}
            />
          </Space>
        </Space>
      </Card>
      <Row gutter={[12, 12]} align="middle">
        <Col flex="auto">
          <Card size="small">
            <Statistic
              title={[feedLabel(source, i18n.language), t(`fields.${field}`), t('count')].join(
                ' · ',
              )}
              value={list?.totalCount ?? 0}
              loading={!list && fetching}
              valueRender={() => (
                <span data-testid="discrepancy-count">{count(list?.totalCount)}</span>
              )}
            />
          </Card>
        </Col>
        <Col>
          <ExportButton
            name="discrepancies"
            params={{ source, field }}
            testId="export-discrepancies"
          />
        </Col>
      </Row>
      {error && <Alert type="error" showIcon message={error.message} />}
      <Card>
        <DiscrepancyTable
          field={field}
          rows={list?.edges.map((e) => e.node) ?? []}
          loading={fetching}
        />
        <div style={{ marginTop: 12 }}>
          <CursorPager
            testId="discrepancy-pager"
            trail={trail}
            total={list && common('common.total', { count: list.totalCount })}
            endCursor={list?.pageInfo.endCursor}
            hasNextPage={list?.pageInfo.hasNextPage ?? false}
            fetching={fetching}
            onChange={(pages) => setState({ pages })}
          />
        </div>
      </Card>
    </Space>
  );
}
