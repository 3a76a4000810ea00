import { Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { useCursorTrail } from '../../components/cursor-trail';
import { feedLabel } from '../../components/feed-label';
import { dateTime } from '../../components/format';
import { graphql } from '../../gql';
import { durationText, runSeconds, stateColor } from './run-figures';
import { RunCounts } from './RunCounts';

export const SYNC_RUNS_QUERY = graphql(`
  query SyncRuns($source: String, $first: Int, $after: String) {
    syncRuns(source: $source, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          source
          state
          full
          attempt
          startedAt
          finishedAt
          fetched
          new
          changed
          unchanged
          quarantined
          error
        }
      }
    }
  }
`);

const PAGE_SIZE = 10;

/** The address key of this list's cursor trail (the page's `pages` is not its). */
export const RUN_PAGES = 'runPages';

/** The pull runs, newest first, of every feed or one (a department's key: its own). */
export function SyncRuns(props: {
  feeds: string[];
  fixed: boolean;
  source?: string;
  onSource: (source: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation('sources');
  const { trail, go } = useCursorTrail(RUN_PAGES);
  const [{ data, error, fetching }] = useQuery({
    query: SYNC_RUNS_QUERY,
    variables: { source: props.source, first: PAGE_SIZE, after: trail.after },
  });
  const runs = data?.syncRuns;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {!props.fixed && (
        <Select
          data-testid="runs-source"
          style={{ width: 200 }}
          value={props.source ?? ''}
          onChange={(source: string) => props.onSource(source || undefined)}
          options={[
            { value: '', label: t('allFeeds') },
            ...props.feeds.map((id) => ({ value: id, label: feedLabel(id, i18n.language) })),
          ]}
        />
      )}
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table
        size="small"
        data-testid="runs-table"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={runs?.edges.map((e) => e.node) ?? []}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('table.startedAt'), width: 140, render: (_, r) => dateTime(r.startedAt) },
          {
            title: t('table.feed'),
            width: 110,
            render: (_, r) => feedLabel(r.source, i18n.language),
          },
          {
            title: t('table.state'),
            width: 120,
            render: (_, r) => (
              <Space size={4}>
                <Tag color={stateColor(r.state)}>{t(`state.${r.state}`)}</Tag>
                {r.full && <Tag>{t('table.full')}</Tag>}
              </Space>
            ),
          },
          { title: t('table.attempt'), width: 90, align: 'right', render: (_, r) => r.attempt },
          { title: t('table.counts'), render: (_, r) => <RunCounts run={r} /> },
          {
            title: t('table.duration'),
            width: 100,
            render: (_, r) => durationText(runSeconds(r.startedAt, r.finishedAt)),
          },
          {
            title: t('table.error'),
            width: 220,
            render: (_, r) =>
              r.error ? (
                <Typography.Text type="danger" ellipsis={{ tooltip: r.error }}>
                  {r.error}
                </Typography.Text>
              ) : null,
          },
        ]}
      />
      <CursorPager
        testId="runs-pager"
        trail={trail}
        endCursor={runs?.pageInfo.endCursor}
        hasNextPage={runs?.pageInfo.hasNextPage ?? false}
        fetching={fetching}
        onChange={go}
      />
    </Space>
  );
}
