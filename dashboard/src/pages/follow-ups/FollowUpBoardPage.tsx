import { PlusOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Row, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { ExportButton } from '../../components/ExportButton';
import { LoadFailure } from '../../components/LoadState';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import type { FollowUpFilter, GapRule } from '../../gql/graphql';
import { FOLLOW_UP_STATES, type FollowUpState } from './case-moves';
import { CASE_TYPENAMES } from './case-fields';
import { CaseDrawer } from './CaseDrawer';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { OpenCaseModal } from './OpenCaseModal';
import { ProgressTable } from './ProgressTable';
import { STATE_COUNTS_QUERY } from './StateCounts';

const CASES_QUERY = graphql(`
  query FollowUpBoard($filter: FollowUpFilter, $first: Int, $after: String) {
    followUps(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...FollowUpCaseFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE = 50;
const KEYS = ['state', 'region', 'rule', 'assignee', 'overdue', 'organization', 'case'] as const;

/** Cases by state with counts, filtered; a case opens in a drawer; progress per county below. */
export default function FollowUpBoardPage() {
  const { t } = useTranslation('followUps');
  const { may } = useViewer();
  const [state, setState] = useUrlState(KEYS);
  const [opening, setOpening] = useState(false);
  // The cursors of the pages seen so far (Relay `after`), reset by any change of view.
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const filter: FollowUpFilter = useMemo(
    () => ({
      region: state.region,
      rule: state.rule as GapRule | undefined,
      assignee: state.assignee,
      overdue: state.overdue === 'true' ? true : undefined,
      // `?organization=<id>`, as the organization page links here (an id is digits).
      organizationId: /^\d{1,18}$/.test(state.organization ?? '') ? state.organization : undefined,
    }),
    [state.region, state.rule, state.assignee, state.overdue, state.organization],
  );
  const tab = (FOLLOW_UP_STATES as readonly string[]).includes(state.state ?? '')
    ? (state.state as FollowUpState)
    : 'ALL';
  const [cases, refetchCases] = useQuery({
    query: CASES_QUERY,
    variables: {
      filter: tab === 'ALL' ? filter : { ...filter, states: [tab] },
      first: PAGE,
      after: cursors.at(-1),
    },
    context: CASE_TYPENAMES,
  });
  const counts = useQuery({
    query: STATE_COUNTS_QUERY,
    variables: {
      all: filter,
      open: { ...filter, states: ['OPEN'] },
      contacted: { ...filter, states: ['CONTACTED'] },
      visited: { ...filter, states: ['VISITED'] },
      founding: { ...filter, states: ['FOUNDING'] },
      founded: { ...filter, states: ['FOUNDED'] },
      notApplicable: { ...filter, states: ['NOT_APPLICABLE'] },
      dataError: { ...filter, states: ['DATA_ERROR'] },
    },
    context: CASE_TYPENAMES,
  })[0].data;
  const countOf = (s: FollowUpState | 'ALL') => {
    const page = counts?.[s];
    return page ? String(page.totalCount) : '…';
  };
  const change = (changes: Partial<Record<(typeof KEYS)[number], string | undefined>>) => {
    setCursors([undefined]);
    setState(changes);
  };
  const rows = cases.data?.followUps.edges.map((edge) => edge.node) ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="follow-ups">
      <Row justify="space-between" align="middle">
        <Col>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('intro')}</Typography.Text>
        </Col>
        <Col>
          <Space>
            {may('followup:write') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setOpening(true)}
                data-testid="open-case"
              >
                {t('open.button')}
              </Button>
            )}
            <ExportButton
              name="follow-ups"
              params={{
                state: tab === 'ALL' ? undefined : tab,
                rule: state.rule,
                region: state.region,
              }}
            />
          </Space>
        </Col>
      </Row>
      <Card size="small">
        <CaseFilters
          value={state}
          organizationName={filter.organizationId ? rows[0]?.organization?.name : undefined}
          onChange={change}
        />
      </Card>
      {!may('followup:write') && <Alert type="info" showIcon message={t('readOnly')} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => change({ state: key === 'ALL' ? undefined : key })}
          items={[
            {
              key: 'ALL',
              label: (
                <span data-testid="tab-ALL">
                  {t('all')}{' '}
                  <Badge count={countOf('ALL')} showZero color="#8c8c8c" overflowCount={99999} />
                </span>
              ),
            },
            ...FOLLOW_UP_STATES.map((s) => ({
              key: s,
              label: (
                <span data-testid={`tab-${s}`}>
                  {t(`state.${s}`)}{' '}
                  <Badge
                    count={countOf(s)}
                    showZero
                    color={s === 'OPEN' ? '#1677ff' : '#8c8c8c'}
                    overflowCount={99999}
                  />
                </span>
              ),
            })),
          ]}
        />
        {cases.error && !cases.data ? (
          <LoadFailure
            message={cases.error.message}
            action={() => refetchCases({ requestPolicy: 'network-only' })}
          />
        ) : (
          <CaseTable
            cases={rows}
            loading={cases.fetching}
            onOpen={(id) => setState({ case: id })}
          />
        )}
        {(cursors.length > 1 || cases.data?.followUps.pageInfo.hasNextPage) && (
          <Space style={{ marginTop: 12 }}>
            <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t('previous')}
            </Button>
            <Button
              disabled={!cases.data?.followUps.pageInfo.hasNextPage}
              onClick={() =>
                setCursors([...cursors, cases.data?.followUps.pageInfo.endCursor ?? undefined])
              }
            >
              {t('next')}
            </Button>
          </Space>
        )}
      </Card>
      <ProgressTable region={state.region} rule={state.rule} />
      <CaseDrawer id={state.case ?? null} onClose={() => setState({ case: undefined })} />
      {may('followup:write') && (
        <OpenCaseModal
          open={opening}
          onClose={() => setOpening(false)}
          onOpened={(id) => {
            setOpening(false);
            setState({ case: id });
          }}
        />
      )}
    </Space>
  );
}
