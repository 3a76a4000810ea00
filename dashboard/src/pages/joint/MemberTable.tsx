import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { count } from '../../components/format';
import { LoadFailure, Loading } from '../../components/LoadState';
import { OrganizationLink } from '../../components/OrganizationLink';
import { graphql } from '../../gql';
import type { JointGroupMembersQuery, JointGrouping, JointSide } from '../../gql/graphql';
import { membersWithinBudget } from './member-budget';

// The API gives members only on the listed groups, so the groups down to this one are asked
// again, each with as few members as the cost limit allows (member-budget.ts).
export const JOINT_GROUP_MEMBERS_QUERY = graphql(`
  query JointGroupMembers(
    $side: JointSide!
    $groupBy: JointGrouping!
    $filter: CoverageFilter
    $first: Int
    $members: Int
  ) {
    jointCoverageCandidates(side: $side, groupBy: $groupBy, filter: $filter, first: $first) {
      groups {
        key
        members(first: $members) {
          id
          name
          uscc
          employees
          division {
            code
            name
          }
        }
      }
    }
  }
`);

type Member =
  JointGroupMembersQuery['jointCoverageCandidates']['groups'][number]['members'][number];

/** The first members of a candidate group (largest employers first), asked when opened. */
export function MemberTable(props: {
  side: JointSide;
  groupBy: JointGrouping;
  region?: string;
  groupKey: string;
  rank: number;
  total: number;
}) {
  const { t } = useTranslation('joint');
  const { t: common } = useTranslation();
  const members = membersWithinBudget(props.rank);
  const [{ data, error }, refetch] = useQuery({
    query: JOINT_GROUP_MEMBERS_QUERY,
    variables: {
      side: props.side,
      groupBy: props.groupBy,
      filter: props.region ? { region: props.region } : undefined,
      first: props.rank,
      members,
    },
  });
  if (error && !data)
    return (
      <LoadFailure
        message={error.message}
        action={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return <Loading />;
  const rows =
    data.jointCoverageCandidates.groups.find((g) => g.key === props.groupKey)?.members ?? [];
  return (
    <div data-testid="group-members">
      <Typography.Text type="secondary">
        {t('members.title')}
        {props.total > rows.length &&
          ` · ${t('members.more', { total: props.total, shown: rows.length })}`}
      </Typography.Text>
      <Table<Member>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: common('common.name'),
            key: 'name',
            render: (_v, m) => <OrganizationLink id={m.id} name={m.name} />,
          },
          { title: common('common.uscc'), key: 'uscc', render: (_v, m) => m.uscc ?? '—' },
          {
            title: common('common.division'),
            key: 'division',
            render: (_v, m) => m.division?.name ?? m.division?.code ?? '—',
          },
          {
            title: common('common.employees'),
            key: 'employees',
            align: 'right',
            render: (_v, m) => count(m.employees),
          },
        ]}
      />
    </div>
  );
}
