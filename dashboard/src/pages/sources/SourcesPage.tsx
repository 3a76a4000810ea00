import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { LoadFailure, Loading } from '../../components/LoadState';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import { FeedTable } from './FeedTable';
import { Quarantine } from './Quarantine';
import { SyncRuns } from './SyncRuns';

export const SOURCES_QUERY = graphql(`
  query Sources {
    sources {
      source
      transport
      endpoint
      sandbox
      available
      state
      records
      lastError
      lastRun {
        id
        state
        startedAt
        finishedAt
        attempt
        fetched
        new
        changed
        unchanged
        quarantined
        error
      }
    }
  }
`);

// Asked apart: the hub's lastSucceededAt can fail to serialize (a raw timestamp string), and its
// error must not spoil the rest of the page; the page then takes a succeeded last run's end.
export const SOURCE_SUCCESSES_QUERY = graphql(`
  query SourceSuccesses {
    sources {
      source
      lastSucceededAt
    }
  }
`);

/** The feeds' state and last runs, the sync runs, and the quarantine. */
export default function SourcesPage() {
  const { t } = useTranslation('sources');
  const { viewer, may } = useViewer();
  const [state, setState] = useUrlState(['runs', 'reason'] as const);
  const [{ data, error, fetching }, refetch] = useQuery({ query: SOURCES_QUERY });
  const [successes] = useQuery({ query: SOURCE_SUCCESSES_QUERY });
  if (error && !data)
    return (
      <LoadFailure
        message={error.message}
        action={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  const own = viewer.department ?? null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="sources">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      </div>
      {error && <Alert type="warning" message={error.message} />}
      <Card title={t('feeds')}>
        <FeedTable
          feeds={data.sources}
          lastSuccess={(source) =>
            successes.data?.sources.find((s) => s.source === source)?.lastSucceededAt
          }
        />
      </Card>
      <Card title={t('runs')}>
        <SyncRuns
          feeds={data.sources.map((s) => s.source)}
          fixed={own !== null}
          source={own ?? state.runs}
          onSource={(runs) => setState({ runs })}
        />
      </Card>
      <Card title={t('quarantine')}>
        {may('quarantine:read') ? (
          <Quarantine reason={state.reason} onReason={(reason) => setState({ reason })} />
        ) : (
          <Typography.Text type="secondary">{t('noQuarantineRight')}</Typography.Text>
        )}
      </Card>
    </Space>
  );
}
