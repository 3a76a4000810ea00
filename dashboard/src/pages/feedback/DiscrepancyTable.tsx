import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { DiscrepancyRowFragment } from '../../gql/graphql';
import { formatValue, type Field, type ValueWords } from './discrepancy-values';
import { feedLabel } from '../../components/feed-label';

export const DISCREPANCY_ROW = graphql(`
  fragment DiscrepancyRow on Discrepancy {
    source
    stream
    field
    recordKey
    value
    detail
    others {
      source
      value
    }
    organization {
      id
      name
      uscc
    }
  }
`);

/** What the department says against what the others say, record by record. */
export function DiscrepancyTable(props: {
  field: Field;
  rows: DiscrepancyRowFragment[];
  loading: boolean;
}) {
  const { t, i18n } = useTranslation('feedback');
  const words: ValueWords = {
    empty: t('value.empty'),
    active: t('value.active'),
    inactive: t('value.inactive'),
    persons: (count) => t('value.persons', { count }),
    lastSeen: (day) => t('value.lastSeen', { day }),
    typed: (code) => t('value.typed', { code }),
    notTyped: t('value.notTyped'),
  };
  return (
    <Table
      size="small"
      data-testid="discrepancy-table"
      rowKey={(r) => `${r.stream}:${r.recordKey}:${r.organization?.id ?? ''}`}
      loading={props.loading}
      pagination={false}
      dataSource={props.rows}
      locale={{ emptyText: t('empty') }}
      scroll={{ x: 1000 }}
      columns={[
        {
          title: t('table.organization'),
          width: 240,
          render: (_, r) =>
            r.organization ? (
              <Space direction="vertical" size={0}>
                <Link to={`/organizations/${r.organization.id}`}>{r.organization.name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.organization.uscc ?? '—'}
                </Typography.Text>
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('table.unresolved')}</Typography.Text>
            ),
        },
        {
          title: t('table.recordKey'),
          width: 190,
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                {r.recordKey}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.stream}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('table.value'),
          width: 200,
          render: (_, r) => (
            <Tag color="red" style={{ whiteSpace: 'normal' }}>
              {feedLabel(r.source, i18n.language)}：{formatValue(props.field, r.value, words)}
            </Tag>
          ),
        },
        {
          title: t('table.others'),
          width: 260,
          render: (_, r) => (
            <Space direction="vertical" size={2}>
              {r.others.map((o) => (
                <Tag key={o.source} color="blue" style={{ whiteSpace: 'normal' }}>
                  {feedLabel(o.source, i18n.language)}：{formatValue(props.field, o.value, words)}
                </Tag>
              ))}
            </Space>
          ),
        },
        { title: t('table.detail'), render: (_, r) => r.detail },
      ]}
    />
  );
}
