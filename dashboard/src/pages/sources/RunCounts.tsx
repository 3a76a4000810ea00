import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { count } from '../../components/format';
import { RUN_COUNTS, type RunCount } from './run-figures';

/** A run's counts on one line: 获取 120 · 新增 3 · …; each number has a test id of its own. */
export function RunCounts(props: { run: Record<RunCount, number>; testId?: string }) {
  const { t } = useTranslation('sources');
  return (
    <Space size={4} wrap split={<Typography.Text type="secondary">·</Typography.Text>}>
      {RUN_COUNTS.map((key) => (
        <span key={key}>
          <Typography.Text type="secondary">{t(`counts.${key}`)} </Typography.Text>
          <Typography.Text
            type={key === 'quarantined' && props.run[key] > 0 ? 'warning' : undefined}
            data-testid={props.testId && `${props.testId}-${key}`}
          >
            {count(props.run[key])}
          </Typography.Text>
        </span>
      ))}
    </Space>
  );
}
