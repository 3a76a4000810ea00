import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../components/format';
import type { FollowUpCaseFieldsFragment } from '../../gql/graphql';

/**
 * Every move of the case, oldest first, as the API records it; a re-assignment or re-dating keeps
 * the state (from = to), its note saying what changed.
 */
export function CaseHistory(props: { history: FollowUpCaseFieldsFragment['history'] }) {
  const { t } = useTranslation('followUps');
  return (
    <Timeline
      data-testid="case-history"
      items={props.history.map((move) => ({
        color: move.state === 'FOUNDED' ? 'green' : move.from === null ? 'gray' : 'blue',
        children: (
          <>
            <Typography.Text strong>
              {move.from === move.state
                ? t('historyAssigned', { state: t(`state.${move.state}`) })
                : `${move.from ? `${t(`state.${move.from}`)} → ` : ''}${t(`state.${move.state}`)}`}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dateTime(move.at)} · {move.by}
            </Typography.Text>
            {move.note && (
              <Typography.Paragraph style={{ margin: 0 }}>{move.note}</Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}
