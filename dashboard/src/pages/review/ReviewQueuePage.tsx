import { Alert, Button, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { LoadFailure, Loading } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { graphql } from '../../gql';
import { ReviewEntryCard } from './ReviewEntryCard';

const REVIEW_QUEUE = graphql(`
  query ReviewQueue($first: Int, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          source
          stream
          recordKey
          weight
          reasons
          status
          createdAt
          current {
            ...ReviewOrganization
            attributes {
              name
              value
              source
              stream
              recordKey
              observedAt
            }
          }
          candidate {
            ...ReviewOrganization
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE = 10;

/** Open link suggestions, strongest first, a page at a time; each decided where it is shown. */
export default function ReviewQueuePage() {
  const { t } = useTranslation('review');
  const { may } = useViewer();
  // The cursors of the pages seen so far: the queue pages forward (Relay `after`).
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const after = cursors.at(-1);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: REVIEW_QUEUE,
    variables: { first: PAGE, after },
  });
  // A decision changes the queue under every page: back to the first, asked afresh.
  const changed = () => {
    setCursors([undefined]);
    refetch({ requestPolicy: 'network-only' });
  };
  if (error && !data)
    return (
      <LoadFailure
        message={error.message}
        action={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (fetching && !data) return <Loading />;
  const queue = data?.reviewQueue;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="review-queue">
      <PageHeading title={t('title')} intro={t('intro')} />
      <Space>
        <Typography.Text strong data-testid="review-total">
          {t('total', { count: queue?.totalCount ?? 0 })}
        </Typography.Text>
        {cursors.length > 1 && (
          <Typography.Text type="secondary">{t('page', { page: cursors.length })}</Typography.Text>
        )}
      </Space>
      {!may('review:decide') && <Alert type="info" showIcon message={t('readOnly')} />}
      {queue && queue.edges.length === 0 && (
        <Empty description={t('empty')} data-testid="review-empty" />
      )}
      {queue?.edges.map((edge) => (
        <ReviewEntryCard key={edge.node.id} entry={edge.node} onChanged={changed} />
      ))}
      <Space>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('previous')}
        </Button>
        <Button
          disabled={!queue?.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, queue?.pageInfo.endCursor ?? undefined])}
        >
          {t('next')}
        </Button>
      </Space>
    </Space>
  );
}
