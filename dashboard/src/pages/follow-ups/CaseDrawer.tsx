import { Alert, Descriptions, Divider, Drawer, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { dateTime } from '../../components/format';
import { LoadFailure, Loading } from '../../components/LoadState';
import { graphql } from '../../gql';
import { AssignCaseForm } from './AssignCaseForm';
import { isClosed } from './case-moves';
import { CASE_TYPENAMES } from './case-fields';
import { CaseHistory } from './CaseHistory';
import { MoveCaseForm } from './MoveCaseForm';
import { useRuleLabel } from './RuleLabel';
import { StateTag } from './StateTag';

const CASE_QUERY = graphql(`
  query FollowUpCase($id: ID!) {
    followUpCase(id: $id) {
      ...FollowUpCaseFields
    }
  }
`);

/** The outcome JSON in words: reason, department + correction, or who confirmed the founding. */
function outcomeText(outcome: unknown, t: (key: string) => string): string | null {
  if (!outcome || typeof outcome !== 'object') return null;
  const o = outcome as Record<string, unknown>;
  if (typeof o.reason === 'string') return t(`reason.${o.reason}`);
  if (typeof o.department === 'string') return `${o.department}: ${String(o.correction ?? '')}`;
  return JSON.stringify(outcome);
}

/**
 * One case: what it is, its history, and (for who may) the moves its state allows and, while it
 * is in work, its re-assignment and re-dating.
 */
export function CaseDrawer(props: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('followUps');
  const { t: tc } = useTranslation();
  const { may } = useViewer();
  const ruleLabel = useRuleLabel();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: CASE_QUERY,
    variables: { id: props.id ?? '' },
    pause: !props.id,
    context: CASE_TYPENAMES,
  });
  const found = data?.followUpCase;
  const outcome = found ? outcomeText(found.outcome, t as (key: string) => string) : null;
  return (
    <Drawer
      open={props.id !== null}
      onClose={props.onClose}
      width={560}
      title={props.id ? t('caseTitle', { id: props.id }) : undefined}
      data-testid="case-drawer"
    >
      {error && !data && (
        <LoadFailure
          message={error.message}
          action={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !found && <Loading />}
      {found && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('column.organization')}>
              {found.organization ? (
                <Link to={`/organizations/${found.organization.id}`}>
                  {found.organization.name}
                </Link>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={tc('common.uscc')}>
              {found.organization?.uscc ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('column.region')}>
              {found.organization?.division?.name ?? found.region ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('column.rule')}>{ruleLabel(found.rule)}</Descriptions.Item>
            <Descriptions.Item label={t('column.state')}>
              <Space size={4}>
                <StateTag state={found.state} />
                {found.unconfirmed && <Tag color="gold">{t('unconfirmed')}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('column.assignee')}>
              {found.assignee ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('column.due')}>
              <Typography.Text type={found.overdue ? 'danger' : undefined}>
                {found.due ?? '—'}
              </Typography.Text>
              {found.overdue && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  {t('overdue')}
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('column.openedAt')}>
              {dateTime(found.openedAt)} · {found.openedBy}
            </Descriptions.Item>
            {found.closedAt && (
              <Descriptions.Item label={t('closedAt')}>
                {dateTime(found.closedAt)}
              </Descriptions.Item>
            )}
            {outcome && <Descriptions.Item label={t('outcome')}>{outcome}</Descriptions.Item>}
          </Descriptions>
          <Divider orientation="left">{t('history')}</Divider>
          <CaseHistory history={found.history} />
          {may('followup:write') ? (
            <>
              <Divider orientation="left">{t('move.title')}</Divider>
              <MoveCaseForm key={`${found.id}-${found.state}`} id={found.id} state={found.state} />
              <Divider orientation="left">{t('assignment.title')}</Divider>
              {isClosed(found.state) ? (
                <Typography.Text type="secondary" data-testid="assign-closed">
                  {t('assignment.closed')}
                </Typography.Text>
              ) : (
                <AssignCaseForm
                  key={`${found.id}-${found.assignee ?? ''}-${found.due ?? ''}`}
                  id={found.id}
                  assignee={found.assignee ?? null}
                  due={found.due ?? null}
                />
              )}
            </>
          ) : (
            <Alert type="info" showIcon message={t('readOnly')} data-testid="read-only" />
          )}
        </Space>
      )}
    </Drawer>
  );
}
