import { useTranslation } from 'react-i18next';

export default function JointCandidatesPage() {
  const { t } = useTranslation();
  return <div>{t('nav.joint')}</div>;
}
