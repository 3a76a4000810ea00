import { useTranslation } from 'react-i18next';

export default function OrganizationSearchPage() {
  const { t } = useTranslation();
  return <div>{t('nav.organizations')}</div>;
}
