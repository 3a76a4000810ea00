import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Previous / next over a Relay list (cursors allow no jump to page n), with the page number and,
 * when the API counts it, the total. Shared by the operations pages; its words are the venues
 * page's `pager.*`.
 */
export function Pager(props: {
  page: number;
  hasNext: boolean;
  total?: number;
  fetching?: boolean;
  onPrevious: () => void;
  onNext: () => void;
  testId?: string;
}) {
  const { t } = useTranslation('venues');
  const { t: common } = useTranslation('shell');
  return (
    <Space style={{ justifyContent: 'flex-end', width: '100%' }} data-testid={props.testId}>
      {props.total !== undefined && (
        <Typography.Text type="secondary">
          {common('common.total', { count: props.total })}
        </Typography.Text>
      )}
      <Button
        size="small"
        icon={<LeftOutlined />}
        disabled={props.page === 0 || props.fetching}
        onClick={props.onPrevious}
        aria-label={t('pager.previous')}
      />
      <Typography.Text data-testid={props.testId && `${props.testId}-page`}>
        {t('pager.page', { page: props.page + 1 })}
      </Typography.Text>
      <Button
        size="small"
        icon={<RightOutlined />}
        disabled={!props.hasNext || props.fetching}
        onClick={props.onNext}
        aria-label={t('pager.next')}
      />
    </Space>
  );
}
