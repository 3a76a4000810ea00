import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useClient } from 'urql';
import { graphql } from '../../gql';

export const IDENTIFIER_QUERY = graphql(`
  query OrganizationByIdentifier($identifier: String!) {
    organization(identifier: $identifier) {
      id
    }
  }
`);

/** USCC or another identifier, as typed: straight to the organization's page. */
export function IdentifierLookup() {
  const { t } = useTranslation('organizations');
  const client = useClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const lookUp = async (typed: string) => {
    const identifier = typed.trim();
    if (!identifier) return;
    setBusy(true);
    setProblem(null);
    const result = await client
      .query(IDENTIFIER_QUERY, { identifier }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    if (result.error) setProblem(result.error.message);
    else if (!result.data?.organization) setProblem(t('notFound', { identifier }));
    else navigate(`/organizations/${encodeURIComponent(result.data.organization.id)}`);
  };
  return (
    <div>
      <Input.Search
        data-testid="identifier-lookup"
        placeholder={t('byIdentifierPlaceholder')}
        enterButton={t('go')}
        loading={busy}
        allowClear
        status={problem ? 'error' : undefined}
        onChange={() => setProblem(null)}
        onSearch={(value) => void lookUp(value)}
      />
      {problem && (
        <div
          role="alert"
          data-testid="identifier-problem"
          style={{ color: '#cf1322', marginTop: 4 }}
        >
          {problem}
        </div>
      )}
    </div>
  );
}
