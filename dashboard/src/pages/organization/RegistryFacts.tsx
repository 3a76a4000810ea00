import { Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { count } from '../../components/format';
import { organizationMessages } from './messages';
import { known } from './known';
import { Sourced } from './Sourced';
import type { Org } from './types';

const ZH = organizationMessages.zh;

/** The registry facts as survivorship kept them, each with the feed that stated it. */
export function RegistryFacts(props: { org: Org }) {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  const { org } = props;
  const others = org.identifiers.filter((i) => i.scheme !== 'uscc' || i.value !== org.uscc);
  const ownership = org.ownership;
  const ownershipParts = ownership
    ? (['entType', 'unitType', 'holding', 'institutionType'] as const)
        .filter((key) => ownership[key])
        .map((key) => `${t(`facts.${key}`)}：${ownership[key]}`)
    : [];
  const members = org.partyMembers;
  return (
    <Card title={t('facts.title')} size="small">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
        labelStyle={{ width: 130, whiteSpace: 'nowrap' }}
        data-testid="registry-facts"
      >
        <Descriptions.Item label={tc('common.name')}>{org.name}</Descriptions.Item>
        <Descriptions.Item label={tc('common.uscc')}>{org.uscc ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('facts.identifiers')}>
          {others.length === 0 ? (
            '—'
          ) : (
            <Space size={[4, 4]} wrap>
              {others.map((i) => (
                <Tag key={`${i.scheme}:${i.value}`}>
                  {known(ZH.scheme, i.scheme) ? t(`scheme.${i.scheme}`) : i.scheme}：{i.value}
                </Tag>
              ))}
            </Space>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.kind')}>
          {tc(`common.kind.${org.kind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.ownership')}>
          {ownershipParts.length ? ownershipParts.join('；') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={tc('common.division')}>
          {org.division ? `${org.division.name ?? ''} ${org.division.code}`.trim() : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={tc('common.industry')}>
          {org.industryClass
            ? `${org.industryClass.code} ${org.industryClass.name ?? ''}`.trim()
            : (org.industry ?? '—')}
          {org.industryClass?.sectionName ? `（${org.industryClass.sectionName}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.address')}>
          <Sourced {...org.address} value={org.address?.value} testId="fact-address" />
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.legalRepresentative')}>
          <Sourced
            {...org.legalRepresentative}
            value={org.legalRepresentative?.value}
            testId="fact-legal-representative"
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.established')}>
          <Sourced {...org.establishedOn} value={org.establishedOn?.value} />
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.status')}>
          {org.status ?? '—'}
          {!org.active && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              {t('inactive')}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={tc('common.employees')}>
          <Sourced
            value={org.employeeCount ? count(org.employeeCount.value) : count(org.employees)}
            source={org.employeeCount?.source}
            observedAt={org.employeeCount?.observedAt}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.partyMembers')}>
          <Sourced
            value={
              members
                ? t('facts.partyMembersValue', {
                    full: members.full,
                    probationary: members.probationary ?? '—',
                  })
                : null
            }
            source={members?.source}
            observedAt={members?.observedAt}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.park')}>
          <Sourced {...org.park} value={org.park?.value} />
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.street')}>
          {org.street ? `${org.street.name ?? ''} ${org.street.code}`.trim() : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.registration')}>
          {org.registration?.authority
            ? `${org.registration.authority}${
                org.registration.level ? `（${org.registration.level}）` : ''
              }`
            : '—'}
        </Descriptions.Item>
        {org.parent && (
          <Descriptions.Item label={t('facts.parent')}>
            <Link to={`/organizations/${org.parent.id}`}>{org.parent.name}</Link>
          </Descriptions.Item>
        )}
        {org.chambers.length > 0 && (
          <Descriptions.Item label={t('facts.chambers')}>
            {org.chambers.map((c) => `${c.chamber}${c.role ? `（${c.role}）` : ''}`).join('；')}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
