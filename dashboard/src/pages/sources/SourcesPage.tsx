import { useTranslation } from 'react-i18next';

export default function SourcesPage() {
  const { t } = useTranslation();
  return <div>{t('nav.sources')}</div>;
}
