import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { LoadFailure, Loading } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import { FeedTable } from './FeedTable';
import { Quarantine, QUARANTINE_PAGES } from './Quarantine';
import { RUN_PAGES, SyncRuns } from './SyncRuns';

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
      lastSucceededAt
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

/** The feeds' state and last runs, the sync runs, and the quarantine. */
export default function SourcesPage() {
  const { t } = useTranslation('sources');
  const { viewer, may } = useViewer();
  const [state, setState] = useUrlState(['runs', 'reason', RUN_PAGES, QUARANTINE_PAGES] as const);
  const [{ data, error, fetching }, refetch] = useQuery({ query: SOURCES_QUERY });
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
      <PageHeading title={t('title')} intro={t('intro')} />
      {error && <Alert type="warning" message={error.message} />}
      <Card title={t('feeds')}>
        <FeedTable feeds={data.sources} />
      </Card>
      <Card title={t('runs')}>
        <SyncRuns
          feeds={data.sources.map((s) => s.source)}
          fixed={own !== null}
          source={own ?? state.runs}
          onSource={(runs) => setState({ runs, [RUN_PAGES]: undefined })}
        />
      </Card>
      <Card title={t('quarantine')}>
        {may('quarantine:read') ? (
          <Quarantine
            reason={state.reason}
            onReason={(reason) =>
              reason !== state.reason && setState({ reason, [QUARANTINE_PAGES]: undefined })
            }
          />
        ) : (
          <Typography.Text type="secondary">{t('noQuarantineRight')}</Typography.Text>
        )}
      </Card>
    </Space>
  );
}
