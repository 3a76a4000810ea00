import { Alert, Button, Card, Divider, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubConfig } from './hub-config';
import type { Session } from './session';
import { verifyCredential } from './verify-credential';
import { useIdentityProviderSignIn } from './identity-provider';

/**
 * Sign-in with an API key, or through the province's identity provider when the hub has one.
 * The role and the region come from the credential, never from the page.
 */
export function SignInPage(props: {
  config: HubConfig;
  onSignedIn: (session: Session) => void;
  onSwitchLanguage: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const provider = useIdentityProviderSignIn(props.config.identityProvider, props.onSignedIn);
  const submit = async ({ key }: { key: string }) => {
    setBusy(true);
    setError(null);
    const check = await verifyCredential(key.trim());
    setBusy(false);
    if (check.ok) return props.onSignedIn({ token: key.trim(), via: 'key' });
    setError(
      check.reason === 'invalid'
        ? t('signIn.invalid')
        : check.reason === 'portal'
          ? t('signIn.portalRole')
          : t('signIn.failed', { message: check.message }),
    );
  };
  return (
    <div
      style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}
    >
      <Card style={{ width: 420 }} data-testid="sign-in">
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('product')}
            </Typography.Title>
            <Button size="small" onClick={props.onSwitchLanguage} data-testid="language-switch">
              {t('language')}
            </Button>
          </Space>
          {(error ?? provider.error) && (
            <Alert
              type="error"
              showIcon
              message={error ?? provider.error}
              data-testid="sign-in-error"
            />
          )}
          <Form layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item
              label={t('signIn.keyLabel')}
              name="key"
              rules={[{ required: true, message: t('signIn.keyPlaceholder') }]}
            >
              <Input.Password placeholder={t('signIn.keyPlaceholder')} autoComplete="off" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('signIn.submit')}
            </Button>
          </Form>
          {provider.available && (
            <>
              <Divider plain>{t('signIn.or')}</Divider>
              <Button block onClick={provider.start} loading={provider.busy}>
                {t('signIn.withProvider')}
              </Button>
            </>
          )}
        </Space>
      </Card>
    </div>
  );
}
