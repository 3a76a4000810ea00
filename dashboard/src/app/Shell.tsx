import { Button, Layout, Menu, Result, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router-dom';
import { roleKind, type Role } from '../../../src/access/roles';
import { Loading } from '../components/LoadState';
import { PAGES, type PageEntry } from './pages';
import type { Session } from './session';
import { useViewer } from './viewer';

const LAZY = new Map(PAGES.map((page) => [page.key, lazy(page.load)]));

function pathMatches(page: PageEntry, pathname: string): boolean {
  if (page.path === '/') return pathname === '/';
  return pathname === page.path || pathname.startsWith(`${page.path}/`);
}

/** The frame around every page: the menu of the pages the role may see, who is signed in. */
export function Shell(props: {
  session: Session;
  onSignOut: () => void;
  onSwitchLanguage: () => void;
}) {
  const { t } = useTranslation();
  const { viewer, may } = useViewer();
  const location = useLocation();
  const menu = useMemo(
    () =>
      PAGES.filter((page) => page.inMenu && may(page.capability)).map((page) => ({
        key: page.key,
        label: <Link to={page.path}>{t(`nav.${page.key}`)}</Link>,
      })),
    [may, t],
  );
  const current = PAGES.filter((page) => page.inMenu && pathMatches(page, location.pathname)).map(
    (page) => page.key,
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div style={{ padding: '16px 20px', fontWeight: 600, color: '#c0392b' }}>
          {t('productShort')}
        </div>
        <Menu mode="inline" items={menu} selectedKeys={current} data-testid="menu" />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            paddingInline: 24,
          }}
        >
          <Typography.Text strong>{t('product')}</Typography.Text>
          <Space>
            {props.session.via === 'open' && <Tag color="orange">{t('openAccess')}</Tag>}
            <Tag data-testid="viewer-region">{viewer.region?.name ?? t('province')}</Tag>
            <Tag color="blue" data-testid="viewer-role">
              {t(`role.${roleKind(viewer.role as Role)}`)}
            </Tag>
            <Button size="small" onClick={props.onSwitchLanguage} data-testid="language-switch">
              {t('language')}
            </Button>
            {props.session.via !== 'open' && (
              <Button size="small" onClick={props.onSignOut} data-testid="sign-out">
                {t('signOut')}
              </Button>
            )}
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Loading />}>
            <Routes>
              {PAGES.map((page) => {
                const Page = LAZY.get(page.key)!;
                return (
                  <Route
                    key={page.key}
                    path={page.path}
                    element={may(page.capability) ? <Page /> : <Forbidden />}
                  />
                );
              })}
              <Route path="*" element={<Result status="404" title={t('notFound')} />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('forbidden')}
      extra={<Link to="/">{t('back')}</Link>}
      data-testid="forbidden"
    />
  );
}
