import { useTranslation } from 'react-i18next';

export default function VenuesPage() {
  const { t } = useTranslation();
  return <div>{t('nav.venues')}</div>;
}
