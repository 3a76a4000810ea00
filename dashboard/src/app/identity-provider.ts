import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { HubConfig } from './hub-config';
import type { Session } from './session';
import { verifyCredential } from './verify-credential';

/** Where the identity provider sends the browser back with its code. */
export const CALLBACK_PATH = '/sign-in/callback';

/**
 * Sign-in through the province's identity provider (OpenID Connect, authorization code with
 * PKCE, by oidc-client-ts). The access token it issues is what the hub verifies (HUB_AUTH_JWKS_URL);
 * its role and region claims decide what the person sees.
 */
export function useIdentityProviderSignIn(
  provider: HubConfig['identityProvider'],
  onSignedIn: (session: Session) => void,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const manager = useMemo(
    () =>
      provider
        ? new UserManager({
            authority: provider.authority,
            client_id: provider.clientId,
            scope: provider.scope,
            redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
            response_type: 'code',
            userStore: new WebStorageStateStore({ store: window.sessionStorage }),
          })
        : null,
    [provider],
  );
  useEffect(() => {
    if (!manager || window.location.pathname !== CALLBACK_PATH) return;
    setBusy(true);
    manager
      .signinRedirectCallback()
      .then(async (user) => {
        const check = await verifyCredential(user.access_token);
        if (!check.ok) throw new Error(check.message);
        navigate('/', { replace: true });
        onSignedIn({ token: user.access_token, via: 'token' });
      })
      .catch((failure: Error) => setError(t('signIn.providerFailed', { message: failure.message })))
      .finally(() => setBusy(false));
  }, [manager, navigate, onSignedIn, t]);
  const start = useCallback(() => {
    setBusy(true);
    manager?.signinRedirect().catch((failure: Error) => {
      setBusy(false);
      setError(t('signIn.providerFailed', { message: failure.message }));
    });
  }, [manager, t]);
  return { available: manager !== null, busy, error, start };
}
