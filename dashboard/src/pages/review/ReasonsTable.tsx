import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldReasons, type FieldReason } from './review-fields';

/** Per-field agreement and weight, as the matcher scored the pair. */
export function ReasonsTable(props: { reasons: unknown }) {
  const { t } = useTranslation('review');
  const rows = fieldReasons(props.reasons);
  const known = (group: 'fields' | 'levels', key: string) =>
    t(`${group}.${key}` as 'fields.name', { defaultValue: key });
  return (
    <Table<FieldReason>
      data-testid="review-reasons"
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'field', title: t('field'), render: (_, r) => known('fields', r.field) },
        { key: 'level', title: t('level'), render: (_, r) => known('levels', r.level) },
        {
          key: 'weight',
          title: t('fieldWeight'),
          align: 'right',
          render: (_, r) =>
            r.weight === null ? (
              '—'
            ) : (
              <Typography.Text type={r.weight < 0 ? 'danger' : 'success'}>
                {r.weight > 0 ? '+' : ''}
                {r.weight.toFixed(2)}
              </Typography.Text>
            ),
        },
        { key: 'detail', title: t('detail'), render: (_, r) => r.detail ?? '' },
      ]}
    />
  );
}
