import { ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Row, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { LoadFailure, Loading } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { RegionPicker } from '../../components/RegionPicker';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import { ComplianceTable } from './ComplianceTable';
import { parentRegion, withinRegion } from './meeting-form';
import { RecordMeetingForm } from './RecordMeetingForm';

export const JOINT_MEETINGS_QUERY = graphql(`
  query JointMeetings($region: String!, $year: Int!) {
    jointMeetings(region: $region, year: $year) {
      division {
        code
        name
      }
      level
      meetings
      compliant
      dates
    }
  }
`);

/** Rule A1 for a year: the region and those under it, met or not; and recording a meeting. */
export default function JointMeetingsPage() {
  const { t } = useTranslation('meetings');
  const { viewer, may } = useViewer();
  const [state, setState] = useUrlState(['region', 'year'] as const);
  const home = (viewer.region?.code ?? '610000').padEnd(6, '0');
  const region = state.region ?? home;
  const year = Number(state.year ?? dayjs().year());
  // A recorded meeting (typename JointMeeting) makes this list stale: urql asks it again.
  const context = useMemo(() => ({ additionalTypenames: ['JointMeeting'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: JOINT_MEETINGS_QUERY,
    variables: { region, year },
    context,
  });
  if (error && !data)
    return (
      <LoadFailure
        message={error.message}
        action={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return <Loading />;
  const rows = data.jointMeetings;
  const below = rows.slice(1);
  const up = parentRegion(region);
  const canGoUp = region !== home && up !== undefined && withinRegion(up, viewer.region?.code);
  const onRecorded = (meeting: { region: string; heldOn: string }) => {
    const shown = rows.some((r) => r.division.code === meeting.region);
    setState({
      year: meeting.heldOn.slice(0, 4),
      region: shown ? region : meeting.region,
    });
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="meetings">
      <Row justify="space-between" align="middle" gutter={[16, 8]}>
        <Col>
          <PageHeading title={t('title')} intro={t('intro')} />
        </Col>
        <Col>
          <Space wrap>
            <span>{t('region')}</span>
            <RegionPicker
              testId="meetings-region"
              value={region}
              onChange={(code) => setState({ region: code })}
            />
            {canGoUp && (
              <Button icon={<ArrowUpOutlined />} onClick={() => setState({ region: up })}>
                {t('up')}
              </Button>
            )}
            <span>{t('year')}</span>
            <DatePicker
              picker="year"
              data-testid="meetings-year"
              allowClear={false}
              value={dayjs(`${year}-01-01`)}
              disabledDate={(d) => d.year() > dayjs().year()}
              onChange={(d) => d && setState({ year: String(d.year()) })}
            />
          </Space>
        </Col>
      </Row>
      {error && <Alert type="warning" message={error.message} />}
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={`${rows[0]?.division.name ?? region} · ${t('summary.meetings')}`}
              value={rows[0]?.meetings ?? 0}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('summary.regions')} value={below.length} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('summary.met')}
              value={below.filter((r) => r.compliant).length}
              valueStyle={{ color: '#389e0d' }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('summary.notMet')}
              value={below.filter((r) => !r.compliant).length}
              valueStyle={{ color: '#cf1322' }}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={may('meetings:record') ? 16 : 24}>
          <Card
            title={`${year} · ${rows[0]?.division.name ?? region}`}
            extra={<Typography.Text type="secondary">{t('drillHint')}</Typography.Text>}
          >
            <ComplianceTable
              rows={rows}
              loading={fetching}
              onDrill={(code) => setState({ region: code })}
            />
          </Card>
        </Col>
        {may('meetings:record') && (
          <Col xs={24} xl={8}>
            <Card title={t('form.title')}>
              <RecordMeetingForm key={region} region={region} onRecorded={onRecorded} />
            </Card>
          </Col>
        )}
      </Row>
    </Space>
  );
}
