import { Alert, Card, Result, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { LoadFailure, Loading } from '../../components/LoadState';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import { ConflictsPanel } from './ConflictsPanel';
import { CoveragePanel } from './CoveragePanel';
import { CoveringBodiesPanel } from './CoveringBodiesPanel';
import { FollowUpsPanel } from './FollowUpsPanel';
import { LinksPanel } from './LinksPanel';
import { ProvenancePanel } from './ProvenancePanel';
import { RegistryFacts } from './RegistryFacts';
import { TimelinePanel } from './TimelinePanel';

export const ORGANIZATION_QUERY = graphql(`
  query OrganizationPage($id: ID!) {
    organization(id: $id) {
      id
      name
      uscc
      kind
      status
      active
      identifiers {
        scheme
        value
      }
      division {
        code
        name
      }
      industry
      industryClass {
        code
        name
        sectionName
      }
      ownership {
        entType
        holding
        institutionType
        unitType
      }
      address {
        ...Sourced
      }
      legalRepresentative {
        ...Sourced
      }
      establishedOn {
        ...Sourced
      }
      park {
        ...Sourced
      }
      street {
        code
        name
      }
      registration {
        authority
        level
      }
      employees
      employeeCount {
        value
        source
        observedAt
      }
      partyMembers {
        full
        probationary
        source
        observedAt
      }
      parent {
        id
        name
      }
      chambers {
        chamber
        role
      }
      coverage {
        asOf
        category
        flags
        inScope
        outOfScopeReason
        partyCoverage
        unionCoverage
        employees
        employeesSource
        employeesUnknown
        partyMembers
        evaluatedAt
        ruleSet
        reasons {
          rule
          flag
          text
          numbers
          sources
        }
      }
      attributes {
        name
        value
        source
        stream
        recordKey
        observedAt
        survives
      }
      sourceRecords {
        source
        stream
        key
        origin
        firstSeenAt
        fetchedAt
      }
      links {
        weight
        decidedBy
        decidedAt
        reasons
        record {
          source
          stream
          key
        }
      }
      merges {
        retiredId
        survivorId
        decidedBy
        mergedAt
      }
      conflicts {
        name
        values {
          value
          sources
        }
      }
      partyOrganizations {
        ...Body
      }
      unions {
        ...Body
      }
      followUps {
        id
        rule
        state
        due
        assignee
        overdue
        openedAt
      }
    }
  }
  fragment Sourced on SourcedText {
    value
    source
    observedAt
  }
  fragment Body on CoveringBody {
    id
    name
    side
    form
    level
    status
    active
    established
    members
    employeesReported
    recordKey
    venue
    division {
      code
      name
    }
    coveredUnits {
      unitName
      unitUscc
      resolution
      organization {
        id
        name
      }
    }
  }
`);

const TABS = [
  'overview',
  'provenance',
  'links',
  'conflicts',
  'bodies',
  'timeline',
  'followUps',
] as const;
type TabKey = (typeof TABS)[number];

/** One organization: registry facts, coverage and why, provenance, links, bodies, history. */
export default function OrganizationPage() {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const [state, setState] = useUrlState(['tab'] as const);
  const tab: TabKey = TABS.find((key) => key === state.tab) ?? 'overview';
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ORGANIZATION_QUERY,
    variables: { id },
  });
  if (error && !data)
    return (
      <LoadFailure
        message={error.message}
        action={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (fetching && !data) return <Loading />;
  const org = data?.organization;
  if (!org)
    return (
      <Result
        status="404"
        title={t('notFound', { id })}
        extra={<Link to="/organizations">{t('backToSearch')}</Link>}
      />
    );
  const counts: Partial<Record<TabKey, number>> = {
    links: org.links.length,
    conflicts: org.conflicts.length,
    bodies: org.partyOrganizations.length + org.unions.length,
    followUps: org.followUps.length,
  };
  const label = (key: TabKey) =>
    counts[key] === undefined ? t(`tabs.${key}`) : `${t(`tabs.${key}`)} (${counts[key]})`;
  const panels: Record<TabKey, JSX.Element> = {
    overview: (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <CoveragePanel coverage={org.coverage ?? null} />
        <RegistryFacts org={org} />
      </Space>
    ),
    provenance: <ProvenancePanel org={org} />,
    links: <LinksPanel org={org} />,
    conflicts: <ConflictsPanel conflicts={org.conflicts} />,
    bodies: <CoveringBodiesPanel party={org.partyOrganizations} unions={org.unions} />,
    timeline: <TimelinePanel id={org.id} />,
    followUps: <FollowUpsPanel cases={org.followUps} />,
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="organization">
      {org.id !== id && (
        <Alert
          type="info"
          showIcon
          data-testid="retired-id"
          message={t('retired', { id, survivor: org.id })}
        />
      )}
      <Card>
        <Space direction="vertical" size={4}>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="organization-name">
              {org.name}
            </Typography.Title>
            {org.active ? (
              <Tag color="green">{org.status ?? t('active')}</Tag>
            ) : (
              <Tag color="red">{org.status ?? t('inactive')}</Tag>
            )}
          </Space>
          <Space wrap size="large">
            <Typography.Text type="secondary">
              {tc('common.uscc')}：
              <Typography.Text copyable={!!org.uscc} data-testid="organization-uscc">
                {org.uscc ?? '—'}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary">
              {tc('common.division')}：{org.division?.name ?? org.division?.code ?? '—'}
            </Typography.Text>
            <Typography.Text type="secondary">ID {org.id}</Typography.Text>
          </Space>
        </Space>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => setState({ tab: key === 'overview' ? undefined : key })}
        destroyInactiveTabPane
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`tab-${key}`}>{label(key)}</span>,
          children: panels[key],
        }))}
      />
    </Space>
  );
}
