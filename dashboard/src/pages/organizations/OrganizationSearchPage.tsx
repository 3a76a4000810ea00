import { Card, Col, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useUrlState } from '../../components/url-state';
import { IdentifierLookup } from './IdentifierLookup';
import { NameMatches } from './NameMatches';
import { OrganizationList } from './OrganizationList';

/** Find an organization by name or identifier, or list them by filters. */
export default function OrganizationSearchPage() {
  const { t } = useTranslation('organizations');
  const [state, setState] = useUrlState(['q'] as const);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <PageHeading title={t('title')} intro={t('intro')} />
      <Card size="small">
        <Row gutter={[24, 12]}>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('byName')}</Typography.Text>
            <Input.Search
              data-testid="name-search"
              style={{ marginTop: 4 }}
              placeholder={t('byNamePlaceholder')}
              enterButton
              allowClear
              defaultValue={state.q}
              onSearch={(q) => setState({ q: q.trim() || undefined })}
            />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('byIdentifier')}</Typography.Text>
            <div style={{ marginTop: 4 }}>
              <IdentifierLookup />
            </div>
          </Col>
        </Row>
      </Card>
      {state.q && <NameMatches name={state.q} />}
      <OrganizationList />
    </Space>
  );
}
