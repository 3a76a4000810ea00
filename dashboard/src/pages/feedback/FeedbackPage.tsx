import { Alert, Card, Col, Row, Segmented, Select, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { ExportButton } from '../../components/ExportButton';
import { count } from '../../components/format';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import { Pager } from '../venues/Pager';
import { useCursorPages } from '../venues/use-cursor-pages';
import { DiscrepancyTable } from './DiscrepancyTable';
import { DISCREPANCY_FIELDS, isField } from './discrepancy-values';
import { FEED_IDS, feedLabel, feedOrFirst } from './feed-labels';

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
  const { viewer } = useViewer();
  const [state, setState] = useUrlState(['source', 'field'] as const);
  // A department's key sees its own feed only (the API refuses the others).
  const own = viewer.department ?? null;
  const source = own ?? feedOrFirst(state.source);
  const field = isField(state.field) ? state.field : 'EMPLOYEES';
  const pages = useCursorPages(`${source}:${field}`);
  const [{ data, error, fetching }] = useQuery({
    query: DISCREPANCIES_QUERY,
    variables: { source, field, first: PAGE_SIZE, after: pages.after },
  });
  const list = data?.discrepancies;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="feedback">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      </div>
      <Card size="small">
        <Space direction="vertical" size="small" style={{ width: '100%' }}>
          <Space wrap>
            <span>{t('department')}</span>
            <Select
              data-testid="feedback-source"
              style={{ width: 180 }}
              value={source}
              disabled={own !== null}
              onChange={(next: string) => setState({ source: next })}
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
              onChange={(next) => setState({ field: String(next) })}
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
          <Pager
            testId="discrepancy-pager"
            page={pages.page}
            total={list?.totalCount}
            hasNext={list?.pageInfo.hasNextPage ?? false}
            fetching={fetching}
            onPrevious={pages.previous}
            onNext={() => pages.next(list?.pageInfo.endCursor)}
          />
        </div>
      </Card>
    </Space>
  );
}
