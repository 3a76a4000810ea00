import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FollowUpState } from './case-moves';

const COLOR: Record<FollowUpState, string> = {
  OPEN: 'default',
  CONTACTED: 'blue',
  VISITED: 'cyan',
  FOUNDING: 'geekblue',
  FOUNDED: 'green',
  NOT_APPLICABLE: 'purple',
  DATA_ERROR: 'orange',
};

export function StateTag(props: { state: FollowUpState }) {
  const { t } = useTranslation('followUps');
  return (
    <Tag color={COLOR[props.state]} data-testid="case-state">
      {t(`state.${props.state}`)}
    </Tag>
  );
}
