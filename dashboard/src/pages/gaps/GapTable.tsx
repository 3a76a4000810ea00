import { Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { CoverageTag } from '../../components/CoverageTag';
import { feedLabel } from '../../components/feed-label';
import { count } from '../../components/format';
import { OrganizationLink } from '../../components/OrganizationLink';
import type { GapListQuery } from '../../gql/graphql';

export type GapRow = GapListQuery['gaps']['edges'][number];

/** One page of a gap list: the organization, its size and coverage, and why the rule flags it. */
export function GapTable(props: { rows: GapRow[]; firstIndex: number; loading: boolean }) {
  const { t, i18n } = useTranslation('gaps');
  const { t: common } = useTranslation();
  const reason = (gap: GapRow['node']) => (i18n.language === 'en' ? gap.reason : gap.reasonChinese);
  const columns: ColumnsType<GapRow> = [
    {
      title: common('common.index'),
      key: 'index',
      width: 64,
      render: (_value, _row, index) => props.firstIndex + index,
    },
    {
      title: common('common.name'),
      key: 'name',
      width: 250,
      render: (_value, { node }) => (
        <Space direction="vertical" size={0}>
          <OrganizationLink id={node.organization.id} name={node.organization.name} />
          <Typography.Text type="secondary" copyable={!!node.organization.uscc}>
            {node.organization.uscc ?? common('common.unknown')}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: common('common.division'),
      key: 'division',
      width: 90,
      render: (_value, { node }) =>
        node.organization.division?.name ?? node.organization.division?.code ?? '—',
    },
    {
      title: common('common.industry'),
      key: 'industry',
      width: 150,
      render: (_value, { node }) => {
        const industry = node.organization.industryClass;
        if (!industry) return node.organization.industry ?? '—';
        return (
          <span title={industry.sectionName ?? undefined}>
            {industry.code} {industry.name ?? ''}
          </span>
        );
      },
    },
    {
      title: common('common.employees'),
      key: 'employees',
      width: 90,
      align: 'right',
      render: (_value, { node }) => (
        <Space direction="vertical" size={0} style={{ alignItems: 'flex-end' }}>
          <span>{count(node.employees)}</span>
          {node.employeesSource && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {feedLabel(node.employeesSource)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('columns.partyMembers'),
      key: 'partyMembers',
      width: 60,
      align: 'right',
      render: (_value, { node }) => count(node.partyMembers),
    },
    {
      title: t('columns.coverage'),
      key: 'coverage',
      width: 120,
      render: (_value, { node }) => (
        <Space direction="vertical" size={4}>
          <CoverageTag side="party" form={node.partyCoverage} />
          <CoverageTag side="union" form={node.unionCoverage} />
        </Space>
      ),
    },
    {
      title: common('common.reason'),
      key: 'reason',
      render: (_value, { node }) => (
        <Space direction="vertical" size={0}>
          <span data-testid="gap-reason" data-reason={node.reason}>
            {reason(node)}
          </span>
          {node.sources.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('columns.sources')}：{node.sources.map((s) => feedLabel(s)).join('、')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<GapRow>
      data-testid="gap-table"
      size="small"
      rowKey={(row) => row.cursor}
      columns={columns}
      dataSource={props.rows}
      loading={props.loading}
      pagination={false}
      onRow={(row) => ({ 'data-organization': row.node.organization.id }) as object}
    />
  );
}
