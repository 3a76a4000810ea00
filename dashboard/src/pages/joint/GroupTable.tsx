import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { count } from '../../components/format';
import type { JointCandidatesQuery, JointGrouping, JointSide } from '../../gql/graphql';
import { MemberTable } from './MemberTable';

export type CandidateGroup = JointCandidatesQuery['jointCoverageCandidates']['groups'][number];

/** The groups largest first; a row opens to its members. */
export function GroupTable(props: {
  groups: CandidateGroup[];
  side: JointSide;
  groupBy: JointGrouping;
  region?: string;
  loading: boolean;
}) {
  const { t } = useTranslation('joint');
  const columns: ColumnsType<CandidateGroup> = [
    { title: t('columns.rank'), key: 'rank', width: 64, render: (_v, _g, index) => index + 1 },
    {
      title: t('columns.group'),
      key: 'group',
      render: (_v, g) => (
        <span data-testid="group-label">
          {g.label ?? t('unknownStreet', { code: g.key })}
          {g.label && g.label !== g.key && (
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {g.key}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t('columns.organizations'),
      key: 'organizations',
      width: 90,
      align: 'right',
      render: (_v, g) => <span data-testid="group-organizations">{count(g.organizations)}</span>,
    },
    {
      title: t('columns.employees'),
      key: 'employees',
      width: 150,
      align: 'right',
      render: (_v, g) => (
        <span>
          {count(g.employees)}
          {g.employeesUnknown > 0 && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('columns.employeesUnknown', { n: g.employeesUnknown })}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t('columns.partyMembers'),
      key: 'partyMembers',
      width: 90,
      align: 'right',
      render: (_v, g) => count(g.partyMembers),
    },
    {
      title: t('columns.covers'),
      key: 'covers',
      render: (_v, g) =>
        t(`covers.${props.side}`, {
          orgs: count(g.organizations),
          employees: count(g.employees),
          members: count(g.partyMembers),
        }),
    },
  ];
  return (
    <Table<CandidateGroup>
      data-testid="group-table"
      size="small"
      rowKey="key"
      loading={props.loading}
      columns={columns}
      dataSource={props.groups}
      pagination={false}
      expandable={{
        expandedRowRender: (g, index) => (
          <MemberTable
            side={props.side}
            groupBy={props.groupBy}
            region={props.region}
            groupKey={g.key}
            rank={index + 1}
            total={g.organizations}
          />
        ),
      }}
    />
  );
}
