import { Card, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { cursorTrail, rowNumber } from '../../components/cursor-trail';
import { count } from '../../components/format';
import { LoadFailure, Loading } from '../../components/LoadState';
import { useUrlState } from '../../components/url-state';
import { graphql } from '../../gql';
import { OrganizationFilters } from './OrganizationFilters';
import {
  LIST_KEYS,
  organizationFilter,
  organizationOrder,
  type ListState,
} from './organization-filter';
import { OrganizationTable } from './OrganizationTable';

export const ORGANIZATION_LIST_QUERY = graphql(`
  query OrganizationList(
    $filter: OrganizationFilter
    $orderBy: OrganizationOrder!
    $first: Int
    $after: String
  ) {
    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          name
          uscc
          kind
          active
          status
          industry
          industryClass {
            code
            name
          }
          division {
            code
            name
          }
          employees
          partyMembers {
            full
          }
          coverage {
            inScope
            outOfScopeReason
            partyCoverage
            unionCoverage
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** Organizations by filter and order, Relay-paged along a cursor trail in the address. */
export function OrganizationList() {
  const { t } = useTranslation('organizations');
  const { viewer } = useViewer();
  const [state, setState] = useUrlState(LIST_KEYS);
  const trail = cursorTrail(state.pages);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ORGANIZATION_LIST_QUERY,
    variables: {
      filter: organizationFilter(state, viewer.region?.code),
      orderBy: organizationOrder(state.order),
      first: PAGE_SIZE,
      after: trail.after,
    },
  });
  const change = (changes: ListState) => setState({ ...changes, pages: undefined });
  const list = data?.organizations;
  let body;
  if (error && !data)
    body = (
      <LoadFailure
        message={error.message}
        action={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  else if (!list) body = <Loading />;
  else
    body = (
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <CursorPager
          testId="organization-pager"
          trail={trail}
          total={t('total', { n: count(list.totalCount) })}
          endCursor={list.pageInfo.endCursor}
          hasNextPage={list.pageInfo.hasNextPage}
          onChange={(pages) => setState({ pages })}
        />
        {list.edges.length === 0 ? (
          <Empty description={t('empty')} />
        ) : (
          <OrganizationTable
            rows={list.edges}
            firstIndex={rowNumber(trail, PAGE_SIZE, 0)}
            loading={fetching}
          />
        )}
      </Space>
    );
  return (
    <Card size="small" title={t('list')} data-testid="organization-list">
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <OrganizationFilters state={state} onChange={change} />
        {body}
      </Space>
    </Card>
  );
}
