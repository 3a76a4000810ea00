import { useTranslation } from 'react-i18next';

export default function JointMeetingsPage() {
  const { t } = useTranslation();
  return <div>{t('nav.meetings')}</div>;
}
