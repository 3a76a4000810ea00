import { useTranslation } from 'react-i18next';

export default function GapsPage() {
  const { t } = useTranslation();
  return <div>{t('nav.gaps')}</div>;
}
