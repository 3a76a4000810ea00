import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { CoverageTag } from '../../components/CoverageTag';
import { count } from '../../components/format';
import { OrganizationLink } from '../../components/OrganizationLink';
import type { OrganizationListQuery } from '../../gql/graphql';

type Row = OrganizationListQuery['organizations']['edges'][number];

/** One page of the organization list. */
export function OrganizationTable(props: { rows: Row[]; firstIndex: number; loading: boolean }) {
  const { t } = useTranslation('organizations');
  const { t: common } = useTranslation();
  const columns: ColumnsType<Row> = [
    {
      title: common('common.index'),
      key: 'index',
      width: 64,
      render: (_v, _r, index) => props.firstIndex + index,
    },
    {
      title: common('common.name'),
      key: 'name',
      render: (_v, { node }) => (
        <Space direction="vertical" size={0}>
          <span>
            <OrganizationLink id={node.id} name={node.name} />
            {!node.active && (
              <Tag style={{ marginLeft: 8 }}>{node.status ?? t('columns.inactive')}</Tag>
            )}
          </span>
          <Typography.Text type="secondary">{node.uscc ?? '—'}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('columns.kind'),
      key: 'kind',
      width: 120,
      render: (_v, { node }) => common(`common.kind.${node.kind}`),
    },
    {
      title: common('common.division'),
      key: 'division',
      width: 110,
      render: (_v, { node }) => node.division?.name ?? node.division?.code ?? '—',
    },
    {
      title: common('common.industry'),
      key: 'industry',
      width: 180,
      render: (_v, { node }) =>
        node.industryClass
          ? `${node.industryClass.code} ${node.industryClass.name ?? ''}`
          : (node.industry ?? '—'),
    },
    {
      title: common('common.employees'),
      key: 'employees',
      width: 90,
      align: 'right',
      render: (_v, { node }) => count(node.employees),
    },
    {
      title: t('columns.partyMembers'),
      key: 'partyMembers',
      width: 70,
      align: 'right',
      render: (_v, { node }) => count(node.partyMembers?.full),
    },
    {
      title: t('columns.coverage'),
      key: 'coverage',
      width: 130,
      render: (_v, { node }) => {
        if (!node.coverage) return <Tag>{t('columns.notEvaluated')}</Tag>;
        if (!node.coverage.inScope)
          return (
            <Tag title={node.coverage.outOfScopeReason ?? undefined}>{t('columns.outOfScope')}</Tag>
          );
        return (
          <Space direction="vertical" size={4}>
            <CoverageTag side="party" form={node.coverage.partyCoverage} />
            <CoverageTag side="union" form={node.coverage.unionCoverage} />
          </Space>
        );
      },
    },
  ];
  return (
    <Table<Row>
      data-testid="organization-table"
      size="small"
      rowKey={(row) => row.node.id}
      loading={props.loading}
      columns={columns}
      dataSource={props.rows}
      pagination={false}
    />
  );
}
