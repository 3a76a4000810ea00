import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CursorTrail } from './cursor-trail';

/**
 * First / previous / next along a cursor trail (Relay cursors allow no jump to page n), with the
 * page number and the total. Test ids: `<testId>`, `-total`, `-page`, `-first`, `-previous`,
 * `-next`.
 */
export function CursorPager(props: {
  trail: CursorTrail;
  /** The count as the page says it; none when the API does not count. */
  total?: ReactNode;
  endCursor?: string | null;
  hasNextPage: boolean;
  /** The new trail (undefined: the first page). */
  onChange: (pages: string | undefined) => void;
  /** While a page loads, the moves wait. */
  fetching?: boolean;
  testId?: string;
  /** Beside the total (an export button). */
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { trail } = props;
  const id = props.testId ?? 'pager';
  const first = trail.page === 1 || props.fetching;
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }} data-testid={id}>
      <Space size={16}>
        <Typography.Text data-testid={`${id}-total`}>{props.total}</Typography.Text>
        {props.extra}
      </Space>
      <Space>
        <Typography.Text type="secondary" data-testid={`${id}-page`}>
          {t('common.page', { page: trail.page })}
        </Typography.Text>
        <Button
          size="small"
          disabled={first}
          onClick={() => props.onChange(undefined)}
          data-testid={`${id}-first`}
        >
          {t('common.firstPage')}
        </Button>
        <Button
          size="small"
          disabled={first}
          onClick={() => props.onChange(trail.previous())}
          data-testid={`${id}-previous`}
        >
          {t('common.previousPage')}
        </Button>
        <Button
          size="small"
          type="primary"
          disabled={!props.hasNextPage || !props.endCursor || props.fetching}
          onClick={() => props.endCursor && props.onChange(trail.next(props.endCursor))}
          data-testid={`${id}-next`}
        >
          {t('common.nextPage')}
        </Button>
      </Space>
    </Space>
  );
}
