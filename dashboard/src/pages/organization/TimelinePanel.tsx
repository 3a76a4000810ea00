import { Button, Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { feedLabel } from '../../components/feed-label';
import { dateTime } from '../../components/format';
import { LoadFailure, Loading } from '../../components/LoadState';
import { graphql } from '../../gql';
import type { TimelineKind } from '../../gql/graphql';

export const TIMELINE_QUERY = graphql(`
  query OrganizationTimeline($id: ID!, $after: String, $first: Int) {
    organization(id: $id) {
      id
      timeline(after: $after, first: $first) {
        edges {
          cursor
          node {
            at
            kind
            source
            title
            detail
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

const KIND_COLOR: Record<TimelineKind, string> = {
  COVERAGE_CHANGE: 'red',
  MERGE: 'purple',
  RECORD_ARRIVED: 'green',
  RECORD_CHANGED: 'blue',
  REGISTRY_EVENT: 'orange',
};

/** The organization's history, newest first, asked when the tab opens and paged on request. */
export function TimelinePanel(props: { id: string }) {
  const { t } = useTranslation('organization');
  // One cursor per page shown: each page is its own (cached) query.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <Card title={t('timeline.title')} size="small" data-testid="timeline">
      {cursors.map((after, i) => (
        <TimelinePage
          key={after ?? 'first'}
          id={props.id}
          after={after}
          last={i === cursors.length - 1}
          onMore={(cursor) => setCursors((list) => [...list, cursor])}
        />
      ))}
    </Card>
  );
}

function TimelinePage(props: {
  id: string;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: TIMELINE_QUERY,
    variables: { id: props.id, after: props.after, first: PAGE_SIZE },
  });
  if (error && !data)
    return (
      <LoadFailure
        message={error.message}
        action={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (fetching && !data) return <Loading />;
  const timeline = data?.organization?.timeline;
  if (!timeline || (timeline.edges.length === 0 && props.after === null))
    return <Empty description={t('timeline.empty')} />;
  return (
    <>
      <Timeline
        style={{ marginTop: 8 }}
        items={timeline.edges.map(({ cursor, node }) => ({
          key: cursor,
          color: KIND_COLOR[node.kind],
          children: (
            <Space direction="vertical" size={0} data-testid="timeline-entry">
              <Space wrap>
                <Typography.Text type="secondary">{dateTime(node.at)}</Typography.Text>
                <Tag color={KIND_COLOR[node.kind]}>{t(`timeline.kind.${node.kind}`)}</Tag>
                <Tag>
                  {node.source === 'coverage' ? t('timeline.coverage') : feedLabel(node.source)}
                </Tag>
              </Space>
              <Typography.Text>{node.title}</Typography.Text>
              <DetailLine detail={node.detail} />
            </Space>
          ),
        }))}
      />
      {props.last && timeline.pageInfo.hasNextPage && timeline.pageInfo.endCursor && (
        <Button
          data-testid="timeline-more"
          onClick={() => props.onMore(timeline.pageInfo.endCursor!)}
        >
          {tc('common.more')}
        </Button>
      )}
    </>
  );
}

/** The one line of a detail people read: a coverage reason's text, or a record's origin. */
function DetailLine(props: { detail: unknown }) {
  const detail = props.detail as Record<string, unknown> | null;
  if (!detail || typeof detail !== 'object') return null;
  const reason = detail.reason as { text?: unknown } | undefined;
  const text =
    typeof reason?.text === 'string'
      ? reason.text
      : typeof detail.origin === 'string'
        ? detail.origin
        : null;
  if (!text) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
}
