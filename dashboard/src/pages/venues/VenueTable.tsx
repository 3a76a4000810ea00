import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { VenueRowFragment } from '../../gql/graphql';
import { VENUE_ITEMS } from './venue-items';

export const VENUE_ROW = graphql(`
  fragment VenueRow on Venue {
    id
    side
    name
    recordKey
    form
    level
    active
    reported
    compliant
    count
    place
    facilities
    signage
    flagOrEmblem
    books
    rules
    division {
      code
      name
    }
  }
`);

/** Each body with which of the six haves its venue has. */
export function VenueTable(props: { venues: VenueRowFragment[]; loading: boolean }) {
  const { t } = useTranslation('venues');
  return (
    <Table
      size="small"
      data-testid="venue-table"
      rowKey={(v) => `${v.side}:${v.id}`}
      loading={props.loading}
      pagination={false}
      dataSource={props.venues}
      scroll={{ x: 1000 }}
      columns={[
        {
          title: t('table.name'),
          render: (_, v) => (
            <Space direction="vertical" size={0}>
              <Typography.Text>{v.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {v.recordKey}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('table.side'),
          width: 90,
          render: (_, v) => (
            <Tag color={v.side === 'PARTY' ? 'red' : 'blue'}>{t(`side.${v.side}`)}</Tag>
          ),
        },
        {
          title: t('table.form'),
          width: 140,
          render: (_, v) => [v.form, v.level].filter(Boolean).join(' · '),
        },
        {
          title: t('table.division'),
          width: 110,
          render: (_, v) => v.division?.name ?? v.division?.code ?? '—',
        },
        {
          title: t('table.items'),
          render: (_, v) =>
            v.reported ? (
              <Space size={[4, 4]} wrap>
                {VENUE_ITEMS.map((item) => (
                  <Tag
                    key={item}
                    data-testid={`venue-item-${item}`}
                    color={v[item] ? 'green' : 'default'}
                    icon={v[item] ? <CheckOutlined /> : <CloseOutlined />}
                  >
                    {t(`item.${item}`)}
                  </Tag>
                ))}
              </Space>
            ) : (
              <Tag color="orange">{t('table.notReported')}</Tag>
            ),
        },
        {
          title: t('table.count'),
          width: 90,
          align: 'right',
          render: (_, v) => (
            <Typography.Text type={v.compliant ? 'success' : undefined}>
              {v.count}/6
            </Typography.Text>
          ),
        },
        {
          title: t('table.state'),
          width: 80,
          render: (_, v) => (v.active ? null : <Tag>{t('table.inactive')}</Tag>),
        },
      ]}
    />
  );
}
