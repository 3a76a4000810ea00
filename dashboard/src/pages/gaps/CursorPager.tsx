import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CursorTrail } from './cursor-trail';

/** First / previous / next along a cursor trail, with the page number and the total. */
export function CursorPager(props: {
  trail: CursorTrail;
  total: string;
  endCursor?: string | null;
  hasNextPage: boolean;
  onChange: (pages: string | undefined) => void;
  testId?: string;
  /** Beside the total (an export button). */
  extra?: ReactNode;
}) {
  const { t } = useTranslation('gaps');
  const { trail } = props;
  const id = props.testId ?? 'pager';
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }} data-testid={id}>
      <Space size={16}>
        <Typography.Text data-testid={`${id}-total`}>{props.total}</Typography.Text>
        {props.extra}
      </Space>
      <Space>
        <Typography.Text type="secondary" data-testid={`${id}-page`}>
          {t('page', { page: trail.page })}
        </Typography.Text>
        <Button
          size="small"
          disabled={trail.page === 1}
          onClick={() => props.onChange(undefined)}
          data-testid={`${id}-first`}
        >
          {t('firstPage')}
        </Button>
        <Button
          size="small"
          disabled={trail.page === 1}
          onClick={() => props.onChange(trail.previous())}
          data-testid={`${id}-previous`}
        >
          {t('previousPage')}
        </Button>
        <Button
          size="small"
          type="primary"
          disabled={!props.hasNextPage || !props.endCursor}
          onClick={() => props.endCursor && props.onChange(trail.next(props.endCursor))}
          data-testid={`${id}-next`}
        >
          {t('nextPage')}
        </Button>
      </Space>
    </Space>
  );
}
