import { Card, Empty, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { feedLabel } from '../../components/feed-label';
import { attributeLabel, valueText } from './provenance';
import type { Conflict } from './types';

/** The attributes on which departments disagree, each value with who states it. */
export function ConflictsPanel(props: { conflicts: Conflict[] }) {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  if (props.conflicts.length === 0)
    return (
      <Card title={t('conflicts.title')} size="small">
        <Empty description={t('conflicts.empty')} data-testid="no-conflicts" />
      </Card>
    );
  const rows = props.conflicts.flatMap((c) =>
    c.values.map((v, i) => ({
      key: `${c.name}:${i}`,
      name: c.name,
      span: i === 0 ? c.values.length : 0,
      value: v.value,
      sources: v.sources,
    })),
  );
  return (
    <Card title={t('conflicts.title')} size="small">
      <Table
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        data-testid="conflicts"
        columns={[
          {
            title: t('provenance.attribute'),
            dataIndex: 'name',
            width: 160,
            onCell: (r) => ({ rowSpan: r.span }),
            render: (name: string) => attributeLabel(name),
          },
          {
            title: t('provenance.value'),
            dataIndex: 'value',
            render: (value: unknown) => valueText(value, tc('common.yes'), tc('common.no')),
          },
          {
            title: t('conflicts.statedBy'),
            dataIndex: 'sources',
            render: (sources: string[]) => (
              <Space size={[4, 4]} wrap>
                {sources.map((s) => (
                  <Tag key={s}>{feedLabel(s)}</Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
