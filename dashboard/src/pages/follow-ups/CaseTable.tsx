import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { dateTime } from '../../components/format';
import type { FollowUpCaseFieldsFragment } from '../../gql/graphql';
import { useRuleLabel } from './RuleLabel';
import { StateTag } from './StateTag';

/** The cases of one tab; a click on a row opens its drawer. */
export function CaseTable(props: {
  cases: FollowUpCaseFieldsFragment[];
  loading: boolean;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('followUps');
  const ruleLabel = useRuleLabel();
  return (
    <Table<FollowUpCaseFieldsFragment>
      data-testid="case-table"
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={props.cases}
      pagination={false}
      locale={{ emptyText: t('noCases') }}
      onRow={(row) => ({
        onClick: () => props.onOpen(row.id),
        style: { cursor: 'pointer' },
        'data-testid': `case-row-${row.id}`,
      })}
      columns={[
        {
          key: 'organization',
          title: t('column.organization'),
          render: (_, row) =>
            row.organization ? (
              <Space direction="vertical" size={0}>
                <Link
                  to={`/organizations/${row.organization.id}`}
                  onClick={(event) => event.stopPropagation()}
                >
                  {row.organization.name}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.organization.division?.name ?? row.region ?? '—'}
                </Typography.Text>
              </Space>
            ) : (
              '—'
            ),
        },
        { key: 'rule', title: t('column.rule'), render: (_, row) => ruleLabel(row.rule) },
        {
          key: 'state',
          title: t('column.state'),
          render: (_, row) => <StateTag state={row.state} />,
        },
        { key: 'assignee', title: t('column.assignee'), dataIndex: 'assignee' },
        {
          key: 'due',
          title: t('column.due'),
          render: (_, row) => (
            <Space size={4}>
              <Typography.Text type={row.overdue ? 'danger' : undefined} strong={row.overdue}>
                {row.due ?? '—'}
              </Typography.Text>
              {row.overdue && (
                <Tag color="red" data-testid="overdue">
                  {t('overdue')}
                </Tag>
              )}
            </Space>
          ),
        },
        {
          key: 'openedAt',
          title: t('column.openedAt'),
          render: (_, row) => dateTime(row.openedAt),
        },
      ]}
    />
  );
}
