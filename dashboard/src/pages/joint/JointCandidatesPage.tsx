import {
  Alert,
  Card,
  Col,
  Empty,
  Form,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { count } from '../../components/format';
import { LoadFailure, Loading } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { RegionPicker } from '../../components/RegionPicker';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import type { JointGrouping, JointSide } from '../../gql/graphql';
import { GroupTable } from './GroupTable';

export const JOINT_CANDIDATES_QUERY = graphql(`
  query JointCandidates(
    $side: JointSide!
    $groupBy: JointGrouping!
    $filter: CoverageFilter
    $first: Int
  ) {
    jointCoverageCandidates(side: $side, groupBy: $groupBy, filter: $filter, first: $first) {
      side
      groupBy
      totalCandidates
      totalGroups
      ungrouped
      groups {
        key
        label
        organizations
        employees
        employeesUnknown
        partyMembers
      }
    }
  }
`);

const SIDES: readonly JointSide[] = ['PARTY', 'UNION'];
const GROUPINGS: readonly JointGrouping[] = ['PARK', 'STREET', 'BUILDING', 'CHAMBER'];
const SHOWN = [20, 50, 100, 200];

/** Rule J1: candidates for joint founding, grouped, largest group first, with their members. */
export default function JointCandidatesPage() {
  const { t } = useTranslation('joint');
  const { viewer } = useViewer();
  const [state, setState] = useUrlState(['side', 'groupBy', 'region', 'first'] as const);
  const side = SIDES.find((s) => s === state.side) ?? 'PARTY';
  const groupBy = GROUPINGS.find((g) => g === state.groupBy) ?? 'PARK';
  const first = SHOWN.find((n) => String(n) === state.first) ?? SHOWN[0];
  const region = state.region ?? viewer.region?.code;
  const [{ data, error, fetching }, refetch] = useQuery({
    query: JOINT_CANDIDATES_QUERY,
    variables: {
      side,
      groupBy,
      filter: region ? { region } : undefined,
      first,
    },
  });
  const answer = data?.jointCoverageCandidates;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <PageHeading title={t('title')} intro={t('intro')} />
      <Card size="small">
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label={t('side')}>
            <Segmented
              data-testid="joint-side"
              value={side}
              onChange={(value) => setState({ side: String(value) })}
              options={SIDES.map((s) => ({ value: s, label: t(`sides.${s}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('groupBy')}>
            <Segmented
              data-testid="joint-group-by"
              value={groupBy}
              onChange={(value) => setState({ groupBy: String(value) })}
              options={GROUPINGS.map((g) => ({ value: g, label: t(`groupings.${g}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('region')}>
            <RegionPicker
              allowClear
              value={state.region}
              onChange={(code) => setState({ region: code })}
            />
          </Form.Item>
          <Form.Item label={t('shown')}>
            <Select
              data-testid="joint-first"
              style={{ width: 90 }}
              value={first}
              onChange={(n: number) => setState({ first: String(n) })}
              options={SHOWN.map((n) => ({ value: n, label: n }))}
            />
          </Form.Item>
        </Form>
      </Card>
      {error && data && <Alert type="warning" message={error.message} />}
      {error && !data ? (
        <LoadFailure
          message={error.message}
          action={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !answer ? (
        <Loading />
      ) : (
        <>
          <Row gutter={12}>
            {[
              { id: 'candidates', value: answer.totalCandidates },
              { id: 'groups', value: answer.totalGroups },
              { id: 'ungrouped', value: answer.ungrouped },
            ].map((figure) => (
              <Col key={figure.id} xs={24} md={8}>
                <Card size="small">
                  <Statistic
                    title={t(`totals.${figure.id as 'candidates' | 'groups' | 'ungrouped'}`)}
                    value={figure.value}
                    valueRender={() => (
                      <span data-testid={`joint-${figure.id}`}>{count(figure.value)}</span>
                    )}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Card
            size="small"
            title={`${t(`sides.${side}`)} · ${t(`groupings.${groupBy}`)}`}
            extra={
              answer.totalGroups > answer.groups.length && (
                <Typography.Text type="secondary">
                  {t('totals.shownGroups', { n: answer.groups.length })}
                </Typography.Text>
              )
            }
          >
            {groupBy === 'CHAMBER' && (
              <Alert type="info" showIcon message={t('chamberNote')} style={{ marginBottom: 12 }} />
            )}
            {answer.groups.length === 0 ? (
              <Empty description={t('empty')} data-testid="joint-empty" />
            ) : (
              <GroupTable
                groups={answer.groups}
                side={side}
                groupBy={groupBy}
                region={region}
                loading={fetching}
              />
            )}
          </Card>
        </>
      )}
    </Space>
  );
}
