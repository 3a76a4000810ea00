import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { Provider as UrqlProvider } from 'urql';
import { LoadFailure, Loading } from '../components/LoadState';
import { createGraphqlClient } from './graphql-client';
import { readHubConfig } from './hub-config';
import { prefetchPage } from './pages';
import { rememberLanguage, type Language } from './i18n';
import { clearSession, loadSession, saveSession, type Session } from './session';
import { Shell } from './Shell';
import { SignInPage } from './SignInPage';
import { ViewerProvider } from './viewer';

/** The dashboard: sign-in, then the shell with the pages the signed-in role may see. */
export function App() {
  const config = useMemo(readHubConfig, []);
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'zh');
  const [session, setSession] = useState<Session | null>(() =>
    config.auth === 'open' ? { token: null, via: 'open' } : loadSession(),
  );
  const signIn = useCallback((next: Session) => {
    saveSession(next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    clearSession();
    setSession(config.auth === 'open' ? { token: null, via: 'open' } : null);
  }, [config.auth]);
  const switchLanguage = useCallback(() => {
    const next: Language = language === 'zh' ? 'en' : 'zh';
    rememberLanguage(next);
    dayjs.locale(next === 'zh' ? 'zh-cn' : 'en');
    void i18n.changeLanguage(next);
    setLanguage(next);
  }, [i18n, language]);
  const client = useMemo(() => {
    if (!session) return null;
    const created = createGraphqlClient(session, signOut);
    prefetchPage(created, window.location);
    return created;
  }, [session, signOut]);
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#c0392b' } }}
    >
      <AntApp>
        <BrowserRouter>
          {session && client ? (
            <UrqlProvider value={client}>
              <ViewerProvider
                loading={<Loading />}
                failed={(message) => (
                  <LoadFailure message={message} action={signOut} actionLabel={t('signOut')} />
                )}
              >
                <Shell session={session} onSignOut={signOut} onSwitchLanguage={switchLanguage} />
              </ViewerProvider>
            </UrqlProvider>
          ) : (
            <SignInPage config={config} onSignedIn={signIn} onSwitchLanguage={switchLanguage} />
          )}
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
