import { Card, Empty, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { feedLabel } from '../../components/feed-label';
import { dateTime } from '../../components/format';
import { known } from './known';
import { shell } from '../../app/shell-messages';
import { attributeHistories, valueText, type Statement } from './provenance';
import type { Org } from './types';

const COMMON_KINDS = shell.zh.common.kind;

interface Row extends Statement {
  key: string;
  label: string;
  /** Rows of its attribute this row spans (0 for all but the first). */
  span: number;
  survives: boolean;
}

/** Every stated value by attribute, department and time, the surviving one marked. */
export function ProvenancePanel(props: { org: Org }) {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  const rows = useMemo<Row[]>(() => {
    const histories = attributeHistories(props.org.attributes);
    return histories.flatMap((h) =>
      h.statements.map((s, i) => ({
        ...s,
        key: `${h.name}:${i}`,
        label: h.label,
        span: i === 0 ? h.statements.length : 0,
        survives: i === h.survivor,
      })),
    );
  }, [props.org]);
  const yes = tc('common.yes');
  const no = tc('common.no');
  // Kinds are enum values in every feed's statement; the rest read as the departments wrote them.
  const shown = (r: Row) =>
    r.name === 'kind' && typeof r.value === 'string' && known(COMMON_KINDS, r.value)
      ? tc(`common.kind.${r.value}`)
      : valueText(r.value, yes, no);
  return (
    <Card title={t('provenance.title')} size="small">
      {rows.length === 0 ? (
        <Empty description={t('provenance.empty')} />
      ) : (
        <Table<Row>
          size="small"
          bordered
          pagination={false}
          dataSource={rows}
          data-testid="provenance"
          rowClassName={(r) => (r.survives ? 'provenance-survivor' : '')}
          onRow={(r) => ({ 'data-attribute': r.name }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('provenance.attribute'),
              dataIndex: 'label',
              width: 140,
              onCell: (r) => ({ rowSpan: r.span }),
              render: (label: string, r) => (
                <Tooltip title={r.name}>
                  <Typography.Text strong>{label}</Typography.Text>
                </Tooltip>
              ),
            },
            {
              title: t('provenance.value'),
              dataIndex: 'value',
              render: (_: unknown, r) => (
                <span>
                  <span data-testid="provenance-value">{shown(r)}</span>
                  {r.survives && (
                    <Tooltip title={t('provenance.survivorHint')}>
                      <Tag color="green" style={{ marginLeft: 8 }} data-testid="survivor">
                        {t('provenance.survivor')}
                      </Tag>
                    </Tooltip>
                  )}
                </span>
              ),
            },
            {
              title: t('provenance.source'),
              dataIndex: 'source',
              width: 130,
              render: (source: string) => (
                <span data-testid="provenance-source">{feedLabel(source)}</span>
              ),
            },
            {
              title: t('provenance.record'),
              key: 'record',
              width: 320,
              render: (_: unknown, r) => (
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {r.stream} / {r.recordKey}
                </Typography.Text>
              ),
            },
            {
              title: t('provenance.observedAt'),
              dataIndex: 'observedAt',
              width: 150,
              render: (at: string) => <span data-testid="provenance-time">{dateTime(at)}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}
