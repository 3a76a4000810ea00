import { Alert, Card, DatePicker, Empty, Form, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { ExportButton } from '../../components/ExportButton';
import { CursorPager } from '../../components/CursorPager';
import { cursorTrail, rowNumber } from '../../components/cursor-trail';
import { count } from '../../components/format';
import { LoadFailure, Loading } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import type { GapOrder, GapRule } from '../../gql/graphql';
import { CoverageFilterBar } from './CoverageFilterBar';
import { COVERAGE_FILTER_KEYS, coverageFilter, gapExportParams } from './filter-params';
import { GapTable } from './GapTable';

export const GAP_LIST_QUERY = graphql(`
  query GapList(
    $rule: GapRule!
    $filter: CoverageFilter
    $orderBy: GapOrder!
    $asOf: DateTimeISO
    $first: Int
    $after: String
  ) {
    gaps(
      rule: $rule
      filter: $filter
      orderBy: $orderBy
      asOf: $asOf
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          rule
          reason
          reasonChinese
          numbers
          employees
          employeesSource
          partyMembers
          partyCoverage
          unionCoverage
          sources
          organization {
            id
            name
            uscc
            industry
            industryClass {
              code
              name
              sectionName
            }
            division {
              code
              name
            }
          }
        }
      }
    }
  }
`);

export const PAGE_SIZE = 50;
const ORDERS: readonly GapOrder[] = ['ORGANIZATION_ID', 'EMPLOYEES_DESC', 'PARTY_MEMBERS_DESC'];
const KEYS = [...COVERAGE_FILTER_KEYS, 'rule', 'order', 'asOf', 'pages'] as const;

/** The organizations one gap rule flags, with the reason, filtered, paged and exportable. */
export default function GapsPage() {
  const { t } = useTranslation('gaps');
  const { viewer, gapRules } = useViewer();
  const [state, setState] = useUrlState(KEYS);
  const rule = (gapRules.find((r) => r.rule === state.rule) ?? gapRules[0])?.rule as
    GapRule | undefined;
  const orderBy = ORDERS.find((o) => o === state.order) ?? 'ORGANIZATION_ID';
  const filter = coverageFilter(state, viewer.region?.code);
  const trail = cursorTrail(state.pages);
  const asOf = state.asOf ? dayjs(state.asOf).endOf('day').toISOString() : undefined;
  const [{ data, error, fetching }, refetch] = useQuery({
    query: GAP_LIST_QUERY,
    variables: {
      rule: rule ?? 'P1_NO_STANDALONE_PARTY_ORGANIZATION',
      filter,
      orderBy,
      asOf,
      first: PAGE_SIZE,
      after: trail.after,
    },
    pause: !rule,
  });
  // Any change of what is listed starts again on the first page.
  const change = (changes: Partial<Record<(typeof KEYS)[number], string | undefined>>) =>
    setState({ ...changes, pages: undefined });
  const gaps = data?.gaps;
  const total = gaps
    ? state.asOf
      ? t('totalAsOf', { n: count(gaps.totalCount), day: state.asOf })
      : t('total', { n: count(gaps.totalCount) })
    : '';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <PageHeading title={t('title')} intro={t('intro')} />
      <Card size="small">
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label={t('rule')}>
            <Select
              data-testid="gap-rule"
              style={{ width: 360 }}
              value={rule}
              onChange={(value: string) => change({ rule: value })}
              options={gapRules.map((r) => ({
                value: r.rule,
                label: (
                  <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                    <span>{r.label}</span>
                    <Tag color={r.open > 0 ? 'red' : 'green'}>
                      {t('open', { n: count(r.open) })}
                    </Tag>
                  </Space>
                ),
              }))}
            />
          </Form.Item>
          <CoverageFilterBar state={state} onChange={change} />
          <Form.Item label={t('filters.orderBy')}>
            <Select
              data-testid="gap-order"
              style={{ width: 180 }}
              value={orderBy}
              onChange={(value: string) => change({ order: value })}
              options={ORDERS.map((o) => ({ value: o, label: t(`order.${o}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('filters.asOf')}>
            <DatePicker
              data-testid="gap-as-of"
              placeholder={t('filters.asOfPlaceholder')}
              value={state.asOf ? dayjs(state.asOf) : null}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              onChange={(d) => change({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
            />
          </Form.Item>
        </Form>
      </Card>
      {error && data && <Alert type="warning" message={error.message} />}
      <Card size="small">
        {error && !data ? (
          <LoadFailure
            message={error.message}
            action={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : !gaps ? (
          <Loading />
        ) : (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <CursorPager
              trail={trail}
              total={total}
              endCursor={gaps.pageInfo.endCursor}
              hasNextPage={gaps.pageInfo.hasNextPage}
              onChange={(pages) => setState({ pages })}
              extra={
                rule && (
                  <Space>
                    {(state.asOf || orderBy !== 'ORGANIZATION_ID') && (
                      <Typography.Text type="secondary">{t('exportHint')}</Typography.Text>
                    )}
                    <ExportButton
                      name="gaps"
                      params={gapExportParams(rule, filter)}
                      testId="export"
                    />
                  </Space>
                )
              }
            />
            {gaps.edges.length === 0 ? (
              <Empty description={t('empty')} data-testid="gap-empty" />
            ) : (
              <GapTable
                rows={gaps.edges}
                firstIndex={rowNumber(trail, PAGE_SIZE, 0)}
                loading={fetching}
              />
            )}
            {gaps.edges.length > 20 && (
              <CursorPager
                trail={trail}
                total={total}
                endCursor={gaps.pageInfo.endCursor}
                hasNextPage={gaps.pageInfo.hasNextPage}
                onChange={(pages) => setState({ pages })}
                testId="pager-bottom"
              />
            )}
          </Space>
        )}
      </Card>
    </Space>
  );
}
