import { Card, InputNumber, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { count } from '../../components/format';
import { graphql } from '../../gql';
import type { FollowUpProgressQuery, GapRule } from '../../gql/graphql';
import { CASE_TYPENAMES } from './case-fields';

const PROGRESS_QUERY = graphql(`
  query FollowUpProgress($year: Int!, $region: String, $rule: GapRule) {
    followUpProgress(year: $year, region: $region, rule: $rule) {
      division
      divisionName
      gaps
      gapsWithCase
      inWork
      founded
      notApplicable
      dataError
      overdue
      medianDaysToFound
    }
  }
`);

type Row = FollowUpProgressQuery['followUpProgress'][number];

/** Per county in a year: gaps, how many have a case, and how the cases closed. */
export function ProgressTable(props: { region?: string; rule?: string }) {
  const { t } = useTranslation('followUps');
  const [year, setYear] = useState(dayjs().year());
  const [{ data, error, fetching }] = useQuery({
    query: PROGRESS_QUERY,
    variables: { year, region: props.region, rule: props.rule as GapRule | undefined },
    context: CASE_TYPENAMES,
  });
  const number = (key: keyof Row) => ({
    key,
    title: t(`progress.${key as 'gaps'}`),
    align: 'right' as const,
    render: (_: unknown, row: Row) => count(row[key] as number),
  });
  return (
    <Card
      title={t('progress.title')}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('progress.year')}</Typography.Text>
          <InputNumber
            min={2000}
            max={dayjs().year()}
            value={year}
            onChange={(value) => value && setYear(value)}
            data-testid="progress-year"
          />
        </Space>
      }
    >
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table<Row>
        data-testid="progress-table"
        rowKey="division"
        size="small"
        loading={fetching}
        dataSource={data?.followUpProgress ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('progress.empty') }}
        columns={[
          {
            key: 'division',
            title: t('progress.division'),
            render: (_, row) => row.divisionName ?? row.division,
          },
          number('gaps'),
          number('gapsWithCase'),
          number('inWork'),
          number('founded'),
          number('notApplicable'),
          number('dataError'),
          {
            ...number('overdue'),
            render: (_: unknown, row: Row) => (
              <Typography.Text type={row.overdue > 0 ? 'danger' : undefined}>
                {count(row.overdue)}
              </Typography.Text>
            ),
          },
          {
            key: 'medianDaysToFound',
            title: t('progress.medianDays'),
            align: 'right',
            render: (_, row) =>
              row.medianDaysToFound === null || row.medianDaysToFound === undefined
                ? '—'
                : row.medianDaysToFound.toFixed(1),
          },
        ]}
      />
    </Card>
  );
}
