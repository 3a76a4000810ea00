import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { count, day } from '../../components/format';
import { graphql } from '../../gql';
import type { ReviewOrganizationFragment } from '../../gql/graphql';

export const REVIEW_ORGANIZATION = graphql(`
  fragment ReviewOrganization on Organization {
    id
    name
    uscc
    status
    active
    employees
    division {
      code
      name
    }
    industryClass {
      code
      name
    }
    legalRepresentative {
      value
      source
    }
    address {
      value
      source
    }
    establishedOn {
      value
    }
    sourceRecords {
      source
      stream
      key
    }
  }
`);

/** The organization a record may join, as its golden record states it. */
export function OrganizationSide(props: { organization: ReviewOrganizationFragment | null }) {
  const { t } = useTranslation('review');
  const o = props.organization;
  if (!o) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="candidate-organization"
      title={
        <>
          <Link to={`/organizations/${o.id}`}>{o.name}</Link>{' '}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            #{o.id}
          </Typography.Text>
          {!o.active && (
            <Tag color="default" style={{ marginLeft: 8 }}>
              {o.status}
            </Tag>
          )}
        </>
      }
    >
      <Descriptions.Item label={t('org.uscc')}>{o.uscc ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('org.division')}>
        {o.division ? `${o.division.name ?? ''} ${o.division.code}` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('org.industry')}>
        {o.industryClass ? `${o.industryClass.code} ${o.industryClass.name ?? ''}` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('org.legalRepresentative')}>
        {o.legalRepresentative?.value ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('org.address')}>{o.address?.value ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('org.establishedOn')}>
        {o.establishedOn ? day(o.establishedOn.value) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('org.employees')}>{count(o.employees)}</Descriptions.Item>
      <Descriptions.Item label={t('org.status')}>{o.status ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('org.records')}>{o.sourceRecords.length}</Descriptions.Item>
    </Descriptions>
  );
}
