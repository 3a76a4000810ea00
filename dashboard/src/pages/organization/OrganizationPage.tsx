import { useTranslation } from 'react-i18next';

export default function OrganizationPage() {
  const { t } = useTranslation();
  return <div>{t('nav.organization')}</div>;
}
