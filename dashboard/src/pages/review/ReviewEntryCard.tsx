import { DownOutlined } from '@ant-design/icons';
import { Button, Card, Col, Dropdown, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/viewer';
import { dateTime } from '../../components/format';
import type { ReviewQueueQuery } from '../../gql/graphql';
import { DecisionModal, type Decision } from './DecisionModal';
import { MergeModal } from './MergeModal';
import { OrganizationSide } from './OrganizationSide';
import { ReasonsTable } from './ReasonsTable';
import { RecordSide } from './RecordSide';
import { weightStrength } from './review-fields';
import { SplitModal } from './SplitModal';

export type ReviewEntry = ReviewQueueQuery['reviewQueue']['edges'][number]['node'];

const STRENGTH_COLOR = { strong: 'green', medium: 'gold', weak: 'orange' } as const;

/** One suggestion: the record and the organization it may join side by side, and the decisions. */
export function ReviewEntryCard(props: { entry: ReviewEntry; onChanged: () => void }) {
  const { t } = useTranslation('review');
  const { may } = useViewer();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [dialog, setDialog] = useState<'merge' | 'split' | null>(null);
  const e = props.entry;
  const strength = weightStrength(e.weight);
  const organizations = [e.current, e.candidate].filter(
    (o): o is NonNullable<typeof o> => o !== null && o !== undefined,
  );
  const done = () => {
    setDecision(null);
    setDialog(null);
    props.onChanged();
  };
  return (
    <Card
      data-testid={`review-entry-${e.id}`}
      title={
        <Space wrap>
          <span>{t('entry', { id: e.id })}</span>
          <Tag color={STRENGTH_COLOR[strength]} data-testid="review-weight">
            {t('weight', { weight: e.weight.toFixed(2) })}
          </Tag>
          <Typography.Text type="secondary">{t(`strength.${strength}`)}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Typography.Text type="secondary">
            {t('createdAt')} {dateTime(e.createdAt)}
          </Typography.Text>
          {may('review:decide') && (
            <>
              <Button type="primary" onClick={() => setDecision('confirm')} data-testid="confirm">
                {t('confirm')}
              </Button>
              <Button danger onClick={() => setDecision('reject')} data-testid="reject">
                {t('reject')}
              </Button>
              <Dropdown
                menu={{
                  items: [
                    { key: 'merge', label: t('merge'), onClick: () => setDialog('merge') },
                    { key: 'split', label: t('split'), onClick: () => setDialog('split') },
                  ],
                }}
              >
                <Button data-testid="more">
                  {t('more')} <DownOutlined />
                </Button>
              </Dropdown>
            </>
          )}
        </Space>
      }
    >
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <RecordSide
            source={e.source}
            stream={e.stream}
            recordKey={e.recordKey}
            attributes={e.current?.attributes ?? []}
            current={e.current ?? null}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('candidate')}
          </Typography.Title>
          <OrganizationSide organization={e.candidate ?? null} />
        </Col>
      </Row>
      <Typography.Title level={5}>{t('reasons')}</Typography.Title>
      <ReasonsTable reasons={e.reasons} />
      {may('review:decide') && (
        <>
          <DecisionModal
            reviewId={e.id}
            decision={decision}
            candidateName={e.candidate?.name ?? '—'}
            onClose={() => setDecision(null)}
            onDecided={done}
          />
          {dialog === 'merge' && (
            <MergeModal
              open
              ids={[e.current?.id ?? '', e.candidate?.id ?? '']}
              onClose={() => setDialog(null)}
              onDone={done}
            />
          )}
          {dialog === 'split' && (
            <SplitModal
              open
              organizations={organizations}
              onClose={() => setDialog(null)}
              onDone={done}
            />
          )}
        </>
      )}
    </Card>
  );
}
