import { useTranslation } from 'react-i18next';

export default function FeedbackPage() {
  const { t } = useTranslation();
  return <div>{t('nav.feedback')}</div>;
}
