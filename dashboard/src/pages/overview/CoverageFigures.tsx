import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { count, percent } from '../../components/format';
import { graphql } from '../../gql';
import type { CoverageCountsFragment } from '../../gql/graphql';

export const COVERAGE_COUNTS = graphql(`
  fragment CoverageCounts on CoverageSummary {
    organizations
    inScope
    employeesUnknown
    partyCovered
    unionCovered
    dualCovered
    partyCoverageRate
    unionCoverageRate
    dualCoverageRate
    p1 {
      required
      met
      gap
    }
    u1 {
      required
      met
      gap
    }
    k1 {
      targets
      partyGaps
      unionGaps
    }
    m1
    m2
    c1Gaps
  }
`);

function Figure(props: { id: string; title: string; value: string; note?: string }) {
  return (
    <Card size="small">
      <Statistic
        title={props.title}
        value={props.value}
        valueRender={() => <span data-testid={`figure-${props.id}`}>{props.value}</span>}
      />
      {props.note && <Typography.Text type="secondary">{props.note}</Typography.Text>}
    </Card>
  );
}

/** POLICY's figures for the region: scope, coverage rates, and each rule's tally. */
export function CoverageFigures({ counts }: { counts: CoverageCountsFragment }) {
  const { t } = useTranslation('overview');
  const tally = (rule: { required: number; met: number; gap: number }) =>
    `${t('figures.required')} ${count(rule.required)} · ${t('figures.met')} ${count(rule.met)}`;
  const cells = [
    {
      id: 'inScope',
      title: t('figures.inScope'),
      value: count(counts.inScope),
      note: `${t('figures.organizations')} ${count(counts.organizations)} · ${t('figures.employeesUnknown')} ${count(counts.employeesUnknown)}`,
    },
    {
      id: 'partyCoverageRate',
      title: t('figures.partyCoverageRate'),
      value: percent(counts.partyCoverageRate),
      note: count(counts.partyCovered),
    },
    {
      id: 'unionCoverageRate',
      title: t('figures.unionCoverageRate'),
      value: percent(counts.unionCoverageRate),
      note: count(counts.unionCovered),
    },
    {
      id: 'dualCoverageRate',
      title: t('figures.dualCoverageRate'),
      value: percent(counts.dualCoverageRate),
      note: `${t('figures.dualCovered')} ${count(counts.dualCovered)}`,
    },
    {
      id: 'p1Gap',
      title: `${t('figures.p1')} · ${t('figures.gap')}`,
      value: count(counts.p1.gap),
      note: tally(counts.p1),
    },
    {
      id: 'u1Gap',
      title: `${t('figures.u1')} · ${t('figures.gap')}`,
      value: count(counts.u1.gap),
      note: tally(counts.u1),
    },
    {
      id: 'k1Targets',
      title: t('figures.k1'),
      value: count(counts.k1.targets),
      note: `${t('figures.partyGaps')} ${count(counts.k1.partyGaps)} · ${t('figures.unionGaps')} ${count(counts.k1.unionGaps)}`,
    },
    { id: 'm1', title: t('figures.m1'), value: count(counts.m1) },
    { id: 'm2', title: t('figures.m2'), value: count(counts.m2) },
    { id: 'c1Gaps', title: t('figures.c1'), value: count(counts.c1Gaps) },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="coverage-figures">
      {cells.map((cell) => (
        <Col
          key={cell.id}
          xs={12}
          md={8}
          xl={cell.id.endsWith('Rate') || cell.id === 'inScope' ? 6 : 4}
        >
          <Figure {...cell} />
        </Col>
      ))}
    </Row>
  );
}
