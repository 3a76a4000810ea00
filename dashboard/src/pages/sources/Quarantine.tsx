import { AutoComplete, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { useCursorTrail } from '../../components/cursor-trail';
import { feedLabel } from '../../components/feed-label';
import { count, dateTime } from '../../components/format';
import { graphql } from '../../gql';

export const QUARANTINE_QUERY = graphql(`
  query Quarantine($source: String, $reason: String, $first: Int, $after: String) {
    quarantine(source: $source, reason: $reason, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          source
          stream
          reason
          origin
          position
          recordKey
          detail
          excerpt
          runId
        }
      }
    }
  }
`);

const PAGE_SIZE = 10;

/** The address key of this list's cursor trail (the page's `pages` is not its). */
export const QUARANTINE_PAGES = 'quarantinePages';

/** What could not be landed, newest first: the reason, where in which file or page, the text. */
export function Quarantine(props: { reason?: string; onReason: (reason?: string) => void }) {
  const { t, i18n } = useTranslation('sources');
  const { t: common } = useTranslation();
  const { trail, go } = useCursorTrail(QUARANTINE_PAGES);
  const [typed, setTyped] = useState(props.reason ?? '');
  // The reasons met so far, offered as the filter's suggestions (the API lists no reasons).
  const [reasons, setReasons] = useState<string[]>([]);
  const [{ data, error, fetching }] = useQuery({
    query: QUARANTINE_QUERY,
    variables: { reason: props.reason, first: PAGE_SIZE, after: trail.after },
  });
  const list = data?.quarantine;
  const seen = [...new Set([...reasons, ...(list?.edges.map((e) => e.node.reason) ?? [])])];
  if (seen.length !== reasons.length) setReasons(seen);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space align="end" size="large" wrap>
        <Statistic
          title={t('quarantineCount')}
          value={list?.totalCount ?? 0}
          valueRender={() => <span data-testid="quarantine-count">{count(list?.totalCount)}</span>}
        />
        <AutoComplete
          data-testid="quarantine-reason"
          style={{ width: 240 }}
          allowClear
          value={typed}
          placeholder={t('reasonFilter')}
          options={seen.map((reason) => ({ value: reason }))}
          onChange={(value: string) => {
            setTyped(value ?? '');
            if (!value) props.onReason(undefined);
          }}
          onSelect={(value: string) => props.onReason(value)}
          onBlur={() => props.onReason(typed.trim() || undefined)}
        />
      </Space>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table
        size="small"
        data-testid="quarantine-table"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={list?.edges.map((e) => e.node) ?? []}
        scroll={{ x: 1150 }}
        columns={[
          { title: t('table.createdAt'), width: 140, render: (_, q) => dateTime(q.createdAt) },
          {
            title: t('table.feed'),
            width: 130,
            render: (_, q) => (
              <Space direction="vertical" size={0}>
                {feedLabel(q.source, i18n.language)}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {q.stream}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('table.reason'),
            width: 170,
            render: (_, q) => <Tag color="orange">{q.reason}</Tag>,
          },
          {
            title: t('table.origin'),
            width: 230,
            render: (_, q) => (
              <Space direction="vertical" size={0}>
                <Typography.Text ellipsis={{ tooltip: q.origin }} style={{ maxWidth: 220 }}>
                  {q.origin}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('table.position')}：{q.position ?? t('table.wholeOrigin')}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('table.recordKey'), width: 120, render: (_, q) => q.recordKey ?? '—' },
          { title: t('table.detail'), render: (_, q) => q.detail ?? '—' },
          {
            title: t('table.excerpt'),
            width: 180,
            render: (_, q) =>
              q.excerpt ? (
                <Typography.Text code ellipsis={{ tooltip: q.excerpt }} style={{ maxWidth: 170 }}>
                  {q.excerpt}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <CursorPager
        testId="quarantine-pager"
        trail={trail}
        total={list && common('common.total', { count: list.totalCount })}
        endCursor={list?.pageInfo.endCursor}
        hasNextPage={list?.pageInfo.hasNextPage ?? false}
        fetching={fetching}
        onChange={go}
      />
    </Space>
  );
}
