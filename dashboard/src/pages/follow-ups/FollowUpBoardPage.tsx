import { useTranslation } from 'react-i18next';

export default function FollowUpBoardPage() {
  const { t } = useTranslation();
  return <div>{t('nav.followUps')}</div>;
}
