import { Card, Empty, Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LoadFailure, Loading } from '../../components/LoadState';
import { OrganizationLink } from '../../components/OrganizationLink';
import { graphql } from '../../gql';
import type { OrganizationNameSearchQuery } from '../../gql/graphql';

export const NAME_SEARCH_QUERY = graphql(`
  query OrganizationNameSearch($name: String!, $first: Int) {
    searchOrganizations(name: $name, first: $first) {
      similarity
      organization {
        id
        name
        uscc
        active
        status
        division {
          code
          name
        }
      }
    }
  }
`);

type Match = OrganizationNameSearchQuery['searchOrganizations'][number];

/** The organizations whose names resemble the text, best first, with the similarity. */
export function NameMatches(props: { name: string }) {
  const { t } = useTranslation('organizations');
  const { t: common } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: NAME_SEARCH_QUERY,
    variables: { name: props.name, first: 20 },
  });
  let body;
  if (error && !data)
    body = (
      <LoadFailure
        message={error.message}
        action={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  else if (!data) body = <Loading />;
  else if (data.searchOrganizations.length === 0)
    body = <Empty description={t('noMatches', { name: props.name })} />;
  else
    body = (
      <Table<Match>
        data-testid="name-matches"
        size="small"
        rowKey={(m) => m.organization.id}
        loading={fetching}
        pagination={false}
        dataSource={data.searchOrganizations}
        columns={[
          {
            title: common('common.name'),
            key: 'name',
            render: (_v, m) => (
              <OrganizationLink id={m.organization.id} name={m.organization.name} />
            ),
          },
          {
            title: common('common.uscc'),
            key: 'uscc',
            render: (_v, m) => m.organization.uscc ?? '—',
          },
          {
            title: common('common.division'),
            key: 'division',
            render: (_v, m) => m.organization.division?.name ?? m.organization.division?.code,
          },
          {
            title: t('columns.status'),
            key: 'status',
            render: (_v, m) => m.organization.status ?? '—',
          },
          {
            title: t('similarity'),
            key: 'similarity',
            width: 200,
            render: (_v, m) => (
              <Progress
                size="small"
                percent={Math.round(m.similarity * 100)}
                format={(p) => `${p}%`}
              />
            ),
          },
        ]}
      />
    );
  return (
    <Card size="small" title={t('matches')} data-testid="name-search-results">
      {body}
    </Card>
  );
}
