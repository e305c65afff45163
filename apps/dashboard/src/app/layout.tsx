import { Layout } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { LanguageSwitch } from '@/components/language-switch';
import { LevelSwitch } from '@/components/level-switch';
import { PageSpinner } from '@/components/page-spinner';
import { type MessageKey, useT } from '@/lib/i18n/i18n';
import { useLevel, withLevel } from '@/lib/level';

const NAV: { path: string; key: MessageKey; match: (pathname: string) => boolean }[] = [
  { path: '/', key: 'nav.overview', match: (p) => p === '/' || p.startsWith('/colleges') },
  { path: '/import', key: 'nav.import', match: (p) => p.startsWith('/import') },
  { path: '/students', key: 'nav.students', match: (p) => p.startsWith('/students') },
];

export function AppLayout() {
  const t = useT();
  const [level] = useLevel();
  const { pathname } = useLocation();
  const selected = NAV.find((n) => n.match(pathname))?.path;
  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider theme="light" breakpoint="lg" collapsedWidth={0} width={208} className="app-sider">
        <div className="app-brand">
          <span className="app-brand-mark" aria-hidden="true">
            ♥
          </span>
          {t('app.shortTitle')}
        </div>
        {/* Plain links rather than antd Menu: every item is a Tab stop and opens with Enter or a middle click. */}
        <nav aria-label={t('app.mainNav')}>
          <ul className="app-nav">
            {NAV.map((n) => {
              const current = n.path === selected;
              return (
                <li key={n.path}>
                  <Link
                    to={withLevel(n.path, level)}
                    className={current ? 'app-nav-link app-nav-link-current' : 'app-nav-link'}
                    aria-current={current ? 'page' : undefined}
                    data-testid={`nav-${n.path === '/' ? 'overview' : n.path.slice(1)}`}
                  >
                    {t(n.key)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <span className="app-header-title">{t('app.title')}</span>
          <div className="app-header-controls">
            <LevelSwitch />
            <LanguageSwitch />
          </div>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
