import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status">
      <Spin tip={t('loading')}>
        <div style={{ minHeight: 48 }} />
      </Spin>
    </div>
  );
}

/** A failed load, saying why, with one thing to do about it. */
export function LoadFailure(props: { message: string; action?: () => void; actionLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('failed', { message: props.message })}
      extra={
        props.action ? (
          <Button onClick={props.action}>{props.actionLabel ?? t('retry')}</Button>
        ) : undefined
      }
    />
  );
}
