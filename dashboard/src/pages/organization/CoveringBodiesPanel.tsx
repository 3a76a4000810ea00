import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { valueText } from './provenance';
import type { Body } from './types';

const VENUE_ITEMS = ['place', 'signage', 'flag', 'books', 'rules', 'facilities'] as const;

/** The Party organizations and unions that cover this organization, with their details. */
export function CoveringBodiesPanel(props: { party: Body[]; unions: Body[] }) {
  const { t } = useTranslation('organization');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={`${t('bodies.party')} (${props.party.length})`} size="small">
          <BodyList bodies={props.party} empty={t('bodies.noneParty')} testId="party-bodies" />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={`${t('bodies.union')} (${props.unions.length})`} size="small">
          <BodyList bodies={props.unions} empty={t('bodies.noneUnion')} testId="union-bodies" />
        </Card>
      </Col>
    </Row>
  );
}

function BodyList(props: { bodies: Body[]; empty: string; testId: string }) {
  if (props.bodies.length === 0) return <Empty description={props.empty} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid={props.testId}>
      {props.bodies.map((body) => (
        <BodyCard key={body.id} body={body} />
      ))}
    </Space>
  );
}

function BodyCard(props: { body: Body }) {
  const { t } = useTranslation('organization');
  const { body } = props;
  const venue =
    typeof body.venue === 'object' && body.venue !== null
      ? (body.venue as Record<string, unknown>)
      : null;
  return (
    <Card
      type="inner"
      size="small"
      title={
        <Space wrap>
          <Typography.Text strong>{body.name}</Typography.Text>
          <Tag color={body.side === 'PARTY' ? 'red' : 'blue'}>{body.form}</Tag>
          {!body.active && <Tag>{t('bodies.inactive')}</Tag>}
        </Space>
      }
    >
      <Descriptions size="small" column={2}>
        {body.level && (
          <Descriptions.Item label={t('bodies.level')}>{body.level}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('bodies.status')}>{body.status ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('bodies.established')}>
          {body.established ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('bodies.division')}>
          {body.division?.name ?? body.division?.code ?? '—'}
        </Descriptions.Item>
        {body.members !== null && body.members !== undefined && (
          <Descriptions.Item label={t('bodies.members')}>{body.members}</Descriptions.Item>
        )}
        {body.employeesReported !== null && body.employeesReported !== undefined && (
          <Descriptions.Item label={t('bodies.employeesReported')}>
            {body.employeesReported}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('bodies.recordKey')}>{body.recordKey}</Descriptions.Item>
      </Descriptions>
      <Descriptions size="small" column={1}>
        {venue && (
          <Descriptions.Item label={t('bodies.venue')}>
            <Space size={[4, 4]} wrap>
              {VENUE_ITEMS.filter((item) => item in venue).map((item) => (
                <Tag
                  key={item}
                  color={venue[item] ? 'green' : 'default'}
                  icon={venue[item] ? <CheckOutlined /> : <CloseOutlined />}
                >
                  {t(`bodies.venueItem.${item}`)}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('bodies.coveredUnits')}>
          <Space direction="vertical" size={0}>
            {body.coveredUnits.map((unit, i) => (
              <span key={i}>
                {unit.organization ? (
                  <Link to={`/organizations/${unit.organization.id}`}>{unit.unitName}</Link>
                ) : (
                  <>
                    {unit.unitName} <Tag color="orange">{t('bodies.unresolved')}</Tag>
                  </>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {unit.unitUscc ?? ''} {resolutionText(unit.resolution)}
                </Typography.Text>
              </span>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** How a roster's unit reference resolved: its `how`, else the JSON in one line. */
function resolutionText(resolution: unknown): string {
  if (typeof resolution === 'object' && resolution !== null && 'how' in resolution)
    return `(${valueText((resolution as { how: unknown }).how)})`;
  return resolution ? `(${valueText(resolution)})` : '';
}
