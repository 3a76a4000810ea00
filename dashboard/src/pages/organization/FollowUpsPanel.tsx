import { Card, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useViewer } from '../../app/viewer';
import { dateTime } from '../../components/format';
import type { FollowUp } from './types';

/**
 * This organization's follow-up cases, newest first, with the way to the board filtered to them
 * (the organization is the page's, `/organizations/:id`, unless given).
 */
export function FollowUpsPanel(props: { cases: FollowUp[]; organizationId?: string }) {
  const { t } = useTranslation('organization');
  const { t: cases } = useTranslation('followUps');
  const { gapRules, may } = useViewer();
  const params = useParams();
  const organizationId = props.organizationId ?? params.id;
  const ruleLabel = (rule: string) => gapRules.find((r) => r.rule === rule)?.label ?? rule;
  const board = may('followup:read') ? (
    <Link
      to={
        organizationId
          ? `/follow-ups?organization=${encodeURIComponent(organizationId)}`
          : '/follow-ups'
      }
      data-testid="follow-up-board"
    >
      {t('followUps.board')}
    </Link>
  ) : undefined;
  return (
    <Card title={t('followUps.title')} size="small" extra={board}>
      {props.cases.length === 0 ? (
        <Empty description={t('followUps.empty')} />
      ) : (
        <Table<FollowUp>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={props.cases}
          data-testid="follow-ups"
          columns={[
            { title: t('followUps.rule'), dataIndex: 'rule', render: ruleLabel },
            {
              title: t('followUps.state'),
              dataIndex: 'state',
              render: (state: FollowUp['state'], r) => (
                <>
                  <Tag>{cases(`state.${state}`)}</Tag>
                  {r.overdue && <Tag color="red">{t('followUps.overdue')}</Tag>}
                </>
              ),
            },
            { title: t('followUps.due'), dataIndex: 'due', render: (due?: string) => due ?? '—' },
            {
              title: t('followUps.assignee'),
              dataIndex: 'assignee',
              render: (who?: string | null) =>
                who ?? (
                  <Typography.Text type="secondary">{t('followUps.unassigned')}</Typography.Text>
                ),
            },
            { title: t('followUps.opened'), dataIndex: 'openedAt', render: dateTime },
          ]}
        />
      )}
    </Card>
  );
}
