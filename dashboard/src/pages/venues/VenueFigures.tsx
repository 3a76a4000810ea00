import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { count, percent } from '../../components/format';
import { graphql } from '../../gql';
import type { VenueSummaryCountsFragment } from '../../gql/graphql';
import { share, VENUE_ITEMS } from './venue-items';

export const VENUE_SUMMARY_COUNTS = graphql(`
  fragment VenueSummaryCounts on VenueSummary {
    bodies
    reported
    compliant
    byItem {
      place
      facilities
      signage
      flagOrEmblem
      books
      rules
    }
  }
`);

function Figure(props: { id: string; title: string; value: number; note?: string }) {
  return (
    <Card size="small">
      <Statistic
        title={props.title}
        value={props.value}
        valueRender={() => <span data-testid={`figure-${props.id}`}>{count(props.value)}</span>}
      />
      {props.note && <Typography.Text type="secondary">{props.note}</Typography.Text>}
    </Card>
  );
}

/** V1 in numbers: bodies counted, with venue data, with all six, and each item. */
export function VenueFigures({ summary }: { summary: VenueSummaryCountsFragment }) {
  const { t } = useTranslation('venues');
  return (
    <Row gutter={[12, 12]} data-testid="venue-figures">
      <Col xs={12} md={8}>
        <Figure id="bodies" title={t('figures.bodies')} value={summary.bodies} />
      </Col>
      <Col xs={12} md={8}>
        <Figure
          id="reported"
          title={t('figures.reported')}
          value={summary.reported}
          note={t('figures.notReported', { count: summary.bodies - summary.reported })}
        />
      </Col>
      <Col xs={12} md={8}>
        <Figure
          id="compliant"
          title={t('figures.compliant')}
          value={summary.compliant}
          note={t('figures.compliantRate', {
            rate: percent(share(summary.compliant, summary.bodies)),
          })}
        />
      </Col>
      {VENUE_ITEMS.map((item) => (
        <Col key={item} xs={8} md={4}>
          <Figure
            id={`item-${item}`}
            title={t(`item.${item}`)}
            value={summary.byItem[item]}
            note={percent(share(summary.byItem[item], summary.bodies))}
          />
        </Col>
      ))}
    </Row>
  );
}
