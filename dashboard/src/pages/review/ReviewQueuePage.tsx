import { useTranslation } from 'react-i18next';

export default function ReviewQueuePage() {
  const { t } = useTranslation();
  return <div>{t('nav.review')}</div>;
}
