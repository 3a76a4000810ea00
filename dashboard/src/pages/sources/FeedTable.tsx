import { Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { count, dateTime } from '../../components/format';
import type { SourcesQuery } from '../../gql/graphql';
import { feedLabel } from '../../components/feed-label';
import { durationText, runSeconds, stateColor } from './run-figures';
import { RunCounts } from './RunCounts';

type Feed = SourcesQuery['sources'][number];

/** Each feed: how it arrives, its state, its last run and its last success. */
export function FeedTable(props: { feeds: Feed[] }) {
  const { feeds } = props;
  const { t, i18n } = useTranslation('sources');
  return (
    <Table
      size="small"
      data-testid="feed-table"
      rowKey="source"
      pagination={false}
      dataSource={feeds}
      scroll={{ x: 1200 }}
      onRow={(f) => ({ 'data-testid': `feed-${f.source}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('table.feed'),
          width: 160,
          render: (_, f) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{feedLabel(f.source, i18n.language)}</Typography.Text>
              <Space size={4}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.source}
                </Typography.Text>
                {f.sandbox && <Tag color="gold">{t('sandbox')}</Tag>}
                {!f.available && <Tag color="red">{t('unavailable')}</Tag>}
              </Space>
            </Space>
          ),
        },
        {
          title: t('table.transport'),
          width: 200,
          render: (_, f) => (
            <Space direction="vertical" size={0}>
              <Tag>{t(`transport.${f.transport as 'http' | 'drop'}`, f.transport)}</Tag>
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12, maxWidth: 190 }}
                ellipsis={{ tooltip: f.endpoint }}
                copyable={f.endpoint ? { text: f.endpoint } : false}
              >
                {f.endpoint ?? '—'}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('table.state'),
          width: 90,
          render: (_, f) => (
            <Tag color={stateColor(f.state)} data-testid={`feed-state-${f.source}`}>
              {t(`state.${f.state}`)}
            </Tag>
          ),
        },
        {
          title: t('table.records'),
          width: 90,
          align: 'right',
          render: (_, f) => count(f.records),
        },
        {
          title: t('table.lastRun'),
          render: (_, f) =>
            f.lastRun ? (
              <Space direction="vertical" size={0}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dateTime(f.lastRun.startedAt)} · {t('table.duration')}{' '}
                  {durationText(runSeconds(f.lastRun.startedAt, f.lastRun.finishedAt))}
                </Typography.Text>
                <RunCounts run={f.lastRun} testId={`last-run-${f.source}`} />
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('table.never')}</Typography.Text>
            ),
        },
        {
          title: t('table.lastSuccess'),
          width: 140,
          render: (_, f) => dateTime(f.lastSucceededAt),
        },
        {
          title: t('table.error'),
          width: 220,
          render: (_, f) =>
            f.lastError ? (
              <Typography.Text type="danger" ellipsis={{ tooltip: f.lastError }}>
                {f.lastError}
              </Typography.Text>
            ) : null,
        },
      ]}
    />
  );
}
