import { Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { feedLabel } from '../../components/feed-label';
import { dateTime } from '../../components/format';
import { linkReasons, weightText } from './provenance';
import type { Org } from './types';

type LinkRow = Org['links'][number] & {
  rowKey: string;
  origin?: string;
  firstSeenAt?: string;
  fetchedAt?: string;
};

const recordKey = (r: { source: string; stream: string; key: string }) =>
  `${r.source}/${r.stream}/${r.key}`;

/** Why these records are one organization: each record, its weight, who decided, and why. */
export function LinksPanel(props: { org: Org }) {
  const { t } = useTranslation('organization');
  const { org } = props;
  const records = new Map(org.sourceRecords.map((r) => [recordKey(r), r]));
  const rows: LinkRow[] = org.links.map((link) => {
    const record = records.get(recordKey(link.record));
    return {
      ...link,
      rowKey: recordKey(link.record),
      origin: record?.origin,
      firstSeenAt: record?.firstSeenAt,
      fetchedAt: record?.fetchedAt,
    };
  });
  const linked = new Set(rows.map((r) => r.rowKey));
  const unlinked = org.sourceRecords.filter((r) => !linked.has(recordKey(r)));
  const decider = (by: string) => {
    const [how, ...rest] = by.split(':');
    const name = rest.join(':');
    if (how === 'rule') return t('links.decidedByRule', { name });
    if (how === 'model') return t('links.decidedByModel', { name });
    if (how === 'person') return t('links.decidedByPerson', { name });
    return by;
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('links.title')}
        size="small"
        extra={<span data-testid="links-count">{t('links.count', { count: rows.length })}</span>}
      >
        <Table<LinkRow>
          size="small"
          pagination={false}
          rowKey="rowKey"
          dataSource={rows}
          data-testid="links"
          expandable={{
            expandedRowRender: (r) => (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('links.origin')}>{r.origin ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('links.firstSeen')}>
                  {dateTime(r.firstSeenAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('links.fetched')}>
                  {dateTime(r.fetchedAt)}
                </Descriptions.Item>
              </Descriptions>
            ),
          }}
          columns={[
            {
              title: t('links.record'),
              key: 'record',
              render: (_: unknown, r) => (
                <Space direction="vertical" size={0}>
                  <Tag color="geekblue">{feedLabel(r.record.source)}</Tag>
                  <Typography.Text style={{ fontSize: 12 }} data-testid="link-record">
                    {r.record.stream} / {r.record.key}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: <Tooltip title={t('links.weightHint')}>{t('links.weight')}</Tooltip>,
              dataIndex: 'weight',
              width: 110,
              render: (weight: number) => (
                <Typography.Text strong data-testid="link-weight">
                  {weightText(weight)}
                </Typography.Text>
              ),
            },
            {
              title: t('links.decidedBy'),
              dataIndex: 'decidedBy',
              width: 170,
              render: (by: string) => <span data-testid="link-decided-by">{decider(by)}</span>,
            },
            {
              title: t('links.reasons'),
              dataIndex: 'reasons',
              render: (reasons: unknown) => (
                <Space direction="vertical" size={2}>
                  {linkReasons(reasons).map((reason, i) => (
                    <span key={i}>
                      <Tag>{reason.field}</Tag>
                      {reason.level && <Tag color="cyan">{reason.level}</Tag>}
                      {reason.weight !== undefined && (
                        <Typography.Text strong>{weightText(reason.weight)} </Typography.Text>
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {reason.detail}
                      </Typography.Text>
                    </span>
                  ))}
                </Space>
              ),
            },
            {
              title: t('links.decidedAt'),
              dataIndex: 'decidedAt',
              width: 150,
              render: (at: string) => dateTime(at),
            },
          ]}
        />
        {unlinked.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('links.unlinked')}：
            {unlinked.map((r) => `${feedLabel(r.source)} ${r.stream}/${r.key}`).join('；')}
          </Typography.Paragraph>
        )}
      </Card>
      {org.merges.length > 0 && (
        <Card title={t('links.merges')} size="small">
          <Space direction="vertical">
            {org.merges.map((m) => (
              <span key={`${m.retiredId}:${m.mergedAt}`}>
                {t('links.mergedFrom', { retired: m.retiredId, survivor: m.survivorId })}
                {' · '}
                {decider(m.decidedBy)} · {dateTime(m.mergedAt)}
                {m.survivorId !== org.id && (
                  <Link to={`/organizations/${m.survivorId}`} style={{ marginLeft: 8 }}>
                    {m.survivorId}
                  </Link>
                )}
              </span>
            ))}
          </Space>
        </Card>
      )}
    </Space>
  );
}
