import { Tooltip, Typography } from 'antd';
import { feedLabel } from '../../components/feed-label';
import { dateTime, day } from '../../components/format';

/** A value with the department that stated it and when, the "who said so" beside it. */
export function Sourced(props: {
  value: string | null | undefined;
  source?: string | null;
  observedAt?: string | null;
  testId?: string;
}) {
  if (props.value === null || props.value === undefined) return <>—</>;
  return (
    <span>
      <span data-testid={props.testId}>{props.value}</span>
      {props.source && (
        <Tooltip title={props.observedAt ? dateTime(props.observedAt) : undefined}>
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {feedLabel(props.source)}
            {props.observedAt ? ` · ${day(props.observedAt)}` : ''}
          </Typography.Text>
        </Tooltip>
      )}
    </span>
  );
}
