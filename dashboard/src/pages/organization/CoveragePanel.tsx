import { Card, Descriptions, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDomainLabels } from '../../components/domain-labels';
import { feedLabel } from '../../components/feed-label';
import { count, dateTime } from '../../components/format';
import { known } from './known';
import { organizationMessages } from './messages';
import { valueText } from './provenance';
import type { Coverage } from './types';

const ZH = organizationMessages.zh;

/** Gaps red, met thresholds green, the rest neutral. */
function flagColor(flag: string): string | undefined {
  if (/gap$|^M[12]$/.test(flag)) return 'red';
  if (/met$/.test(flag)) return 'green';
  if (/target$|required$/.test(flag)) return 'orange';
  return 'blue';
}

/** The current coverage evaluation: flags, and each reason's words, numbers and sources. */
export function CoveragePanel(props: { coverage: Coverage | null }) {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  const coverage = props.coverage;
  const { coverageForm, ruleFlag: flagLabel } = useDomainLabels();
  if (!coverage)
    return (
      <Card title={t('coverage.title')} size="small">
        <Empty description={t('coverage.notEvaluated')} />
      </Card>
    );
  return (
    <Card
      title={t('coverage.title')}
      size="small"
      data-testid="coverage"
      extra={
        <Typography.Text type="secondary">
          {t('coverage.evaluated', {
            time: dateTime(coverage.evaluatedAt),
            ruleSet: coverage.ruleSet,
            asOf: coverage.asOf,
          })}
        </Typography.Text>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={{ xs: 1, md: 3, lg: 3, xl: 3, xxl: 5 }}>
          <Descriptions.Item label={t('coverage.category')}>
            {known(ZH.category, coverage.category)
              ? t(`category.${coverage.category}`)
              : coverage.category}
            {coverage.inScope ? (
              <Tag color="blue" style={{ marginLeft: 8 }}>
                {t('coverage.inScope')}
              </Tag>
            ) : (
              <Tag style={{ marginLeft: 8 }}>
                {t('coverage.outOfScope', { reason: coverage.outOfScopeReason ?? '—' })}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('coverage.party')}>
            {coverageForm('party', coverage.partyCoverage)}
          </Descriptions.Item>
          <Descriptions.Item label={t('coverage.union')}>
            {coverageForm('union', coverage.unionCoverage)}
          </Descriptions.Item>
          <Descriptions.Item label={t('coverage.employees')}>
            {coverage.employeesUnknown ? (
              <Typography.Text type="warning">{t('coverage.employeesUnknown')}</Typography.Text>
            ) : (
              <>
                {count(coverage.employees)}
                {coverage.employeesSource && (
                  <Typography.Text type="secondary" style={{ marginLeft: 6 }}>
                    {feedLabel(coverage.employeesSource)}
                  </Typography.Text>
                )}
              </>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('coverage.partyMembers')}>
            {count(coverage.partyMembers)}
          </Descriptions.Item>
        </Descriptions>
        <Space size={[4, 8]} wrap data-testid="coverage-flags">
          <Typography.Text strong>{t('coverage.flags')}：</Typography.Text>
          {coverage.flags.length === 0
            ? tc('common.none')
            : coverage.flags.map((flag) => (
                <Tooltip key={flag} title={flag}>
                  <Tag color={flagColor(flag)}>{flagLabel(flag)}</Tag>
                </Tooltip>
              ))}
        </Space>
        <Table
          size="small"
          rowKey={(r) => `${r.rule}:${r.flag ?? ''}:${r.text}`}
          pagination={false}
          dataSource={coverage.reasons}
          data-testid="coverage-reasons"
          columns={[
            { title: tc('common.rule'), dataIndex: 'rule', width: 80 },
            {
              title: t('coverage.flags'),
              dataIndex: 'flag',
              width: 170,
              render: (flag: string | null) =>
                flag ? <Tag color={flagColor(flag)}>{flagLabel(flag)}</Tag> : '—',
            },
            {
              title: t('coverage.reasons'),
              dataIndex: 'text',
              render: (text: string) => <span data-testid="coverage-reason">{text}</span>,
            },
            {
              title: t('coverage.numbers'),
              dataIndex: 'numbers',
              width: 260,
              render: (numbers: unknown) => <NumbersList numbers={numbers} />,
            },
            {
              title: t('coverage.sources'),
              dataIndex: 'sources',
              width: 180,
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
      </Space>
    </Card>
  );
}

function NumbersList(props: { numbers: unknown }) {
  const { numbers } = props;
  if (typeof numbers !== 'object' || numbers === null) return <>{valueText(numbers)}</>;
  const entries = Object.entries(numbers as Record<string, unknown>);
  if (entries.length === 0) return <>—</>;
  return (
    <Typography.Text style={{ fontSize: 12 }}>
      {entries.map(([k, v]) => `${k} = ${valueText(v)}`).join('，')}
    </Typography.Text>
  );
}
