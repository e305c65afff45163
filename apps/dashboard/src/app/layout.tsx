import { Layout } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { LanguageSwitch } from '@/components/language-switch';
import { LevelSwitch } from '@/components/level-switch';
import { PageSpinner } from '@/components/page-spinner';
import { UserMenu } from '@/features/auth/user-menu';
import type { Access } from '@/lib/auth/my-access.query';
import { canReadRoster, canSeeAggregates, useAccess } from '@/lib/auth/access';
import { type MessageKey, useT } from '@/lib/i18n/i18n';
import { homeIsOverview } from '@/lib/home';
import { useLevel, withLevel } from '@/lib/level';
import { useOverviewMode } from '@/lib/overview-mode';

interface NavItem {
  path: string;
  key: MessageKey;
  testId: string;
  /** Shown only to users who can use the page (the server refuses the rest anyway). */
  show: (a: Access) => boolean;
  match: (pathname: string) => boolean;
  /** Pages that read the network level keep ?level= on their link. */
  leveled: boolean;
}

const isOverview = (p: string) => p === '/' || p === '/overview';

// The overview is "/" for the school and the Center; for everyone else "/" is their own roster
// (lib/home.ts) and the overview of their college or classes is at /overview.
const MAIN_NAV: NavItem[] = [
  {
    path: '/',
    key: 'nav.overview',
    testId: 'nav-overview',
    show: (a) => canSeeAggregates(a) && homeIsOverview(a),
    match: (p) => isOverview(p) || p.startsWith('/colleges'),
    leveled: true,
  },
  {
    path: '/',
    key: 'nav.myRoster',
    testId: 'nav-my-roster',
    show: (a) => !homeIsOverview(a) && canReadRoster(a),
    match: (p) => p === '/' || p.startsWith('/colleges'),
    leveled: false,
  },
  {
    path: '/overview',
    key: 'nav.overview',
    testId: 'nav-overview',
    show: (a) => canSeeAggregates(a) && !homeIsOverview(a),
    match: isOverview,
    leveled: true,
  },
  { path: '/import', key: 'nav.import', testId: 'nav-import', show: (a) => a.canWriteRoster, match: (p) => p.startsWith('/import'), leveled: true },
  { path: '/students', key: 'nav.students', testId: 'nav-students', show: canReadRoster, match: (p) => p.startsWith('/students'), leveled: true },
];

const ADMIN_NAV: NavItem[] = [
  { path: '/admin/users', key: 'nav.users', testId: 'nav-users', show: (a) => a.canManageAccess, match: (p) => p.startsWith('/admin/users'), leveled: false },
  { path: '/admin/tokens', key: 'nav.tokens', testId: 'nav-tokens', show: (a) => a.canManageAccess, match: (p) => p.startsWith('/admin/tokens'), leveled: false },
  { path: '/admin/audit', key: 'nav.audit', testId: 'nav-audit', show: (a) => a.canReadAudit, match: (p) => p.startsWith('/admin/audit'), leveled: false },
];

function NavList({ items, current, labelledBy }: { items: NavItem[]; current: NavItem | undefined; labelledBy?: string }) {
  const t = useT();
  const [level] = useLevel();
  return (
    <ul className="app-nav" aria-labelledby={labelledBy}>
      {items.map((n) => {
        const isCurrent = n === current;
        return (
          <li key={n.testId}>
            {/* Plain links rather than antd Menu: every item is a Tab stop and opens with Enter or a middle click. */}
            <Link
              to={n.leveled ? withLevel(n.path, level) : n.path}
              className={isCurrent ? 'app-nav-link app-nav-link-current' : 'app-nav-link'}
              aria-current={isCurrent ? 'page' : undefined}
              data-testid={n.testId}
            >
              {t(n.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function AppLayout() {
  const t = useT();
  const access = useAccess();
  const { pathname } = useLocation();
  const main = MAIN_NAV.filter((n) => n.show(access));
  const admin = ADMIN_NAV.filter((n) => n.show(access));
  const current = [...main, ...admin].find((n) => n.match(pathname));
  const [overviewMode] = useOverviewMode();
  // Admin pages have no level; the side-by-side overview shows both levels at once.
  const showLevel = !pathname.startsWith('/admin') && !(isOverview(pathname) && overviewMode === 'compare');
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
        <nav aria-label={t('app.mainNav')}>
          <NavList items={main} current={current} />
          {admin.length > 0 && (
            <>
              <p className="app-nav-heading" id="nav-admin-heading">
                {t('nav.adminSection')}
              </p>
              <NavList items={admin} current={current} labelledBy="nav-admin-heading" />
            </>
          )}
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <span className="app-header-title">{t('app.title')}</span>
          <div className="app-header-controls">
            {showLevel && <LevelSwitch />}
            <LanguageSwitch />
            <UserMenu />
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
