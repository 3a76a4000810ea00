import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JointMeetingsQuery } from '../../gql/graphql';

export type ComplianceRow = JointMeetingsQuery['jointMeetings'][number];

/** A1 for the region (first row) and the regions under it; a click on one below drills into it. */
export function ComplianceTable(props: {
  rows: ComplianceRow[];
  loading: boolean;
  onDrill: (code: string) => void;
}) {
  const { t } = useTranslation('meetings');
  const [own] = props.rows;
  return (
    <Table
      size="small"
      data-testid="meeting-table"
      rowKey={(r) => r.division.code}
      loading={props.loading}
      dataSource={props.rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      onRow={(r) =>
        r !== own && r.level !== 'county'
          ? { onClick: () => props.onDrill(r.division.code), style: { cursor: 'pointer' } }
          : {}
      }
      rowClassName={(r) => (r === own ? 'ant-table-row-selected' : '')}
      columns={[
        {
          title: t('table.region'),
          render: (_, r) => (
            <Space>
              <Typography.Text strong={r === own} data-testid={`meeting-region-${r.division.code}`}>
                {r.division.name ?? r.division.code}
              </Typography.Text>
              <Typography.Text type="secondary">{r.division.code}</Typography.Text>
            </Space>
          ),
        },
        {
          title: t('table.level'),
          width: 100,
          render: (_, r) => t(`level.${r.level as 'province' | 'city' | 'county'}`, r.level),
        },
        {
          title: t('table.compliant'),
          width: 100,
          render: (_, r) =>
            r.compliant ? (
              <Tag color="green">{t('table.met')}</Tag>
            ) : (
              <Tag color="red">{t('table.notMet')}</Tag>
            ),
        },
        {
          title: t('table.meetings'),
          width: 140,
          align: 'right',
          render: (_, r) => <span data-testid={`meetings-${r.division.code}`}>{r.meetings}</span>,
        },
        {
          title: t('table.dates'),
          render: (_, r) => (
            <Space size={[4, 4]} wrap>
              {r.dates.map((date, i) => (
                <Tag key={`${date}-${i}`}>{date}</Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
