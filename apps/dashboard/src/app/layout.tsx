import { Button, Drawer, Layout } from 'antd';
import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { LanguageSwitch } from '@/components/language-switch';
import { LevelSwitch } from '@/components/level-switch';
import { PageSpinner } from '@/components/page-spinner';
import { UserMenu } from '@/features/auth/user-menu';
import { AlertBell } from '@/features/screening/alert-bell';
import { canReadFollowUps, canRunScreening, canSeeScreeningReport } from '@/features/screening/access';
import { canSetCalendar, canSetProgramme, holdsPost } from '@/features/training/access';
import { canSeeMatrix, isCollegeLeader } from '@/features/submissions/access';
import type { Access } from '@/lib/auth/my-access.query';
import { canReadRoster, canSeeAggregates, useAccess } from '@/lib/auth/access';
import { type MessageKey, useT } from '@/lib/i18n/i18n';
import { homeIsMyPost, homeIsOverview } from '@/lib/home';
import { useLevel, withLevel } from '@/lib/level';
import { useOverviewMode } from '@/lib/overview-mode';
import { DESKTOP_QUERY, PHONE_QUERY, useMediaQuery } from '@/lib/use-media-query';

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
// training: /training and a college's /colleges/:code/training
const isTraining = (p: string) => p === '/training' || /^\/colleges\/[^/]+\/training\/?$/.test(p);
// submissions: /submissions, /checklist and a college's /colleges/:code/checklist
const isChecklist = (p: string) => p === '/checklist' || /^\/colleges\/[^/]+\/checklist\/?$/.test(p);

// The overview is "/" for the school and the Center; for everyone else "/" is their own roster
// (lib/home.ts) and the overview of their college or classes is at /overview.
const MAIN_NAV: NavItem[] = [
  {
    path: '/',
    key: 'nav.overview',
    testId: 'nav-overview',
    show: (a) => canSeeAggregates(a) && homeIsOverview(a),
    match: (p) => isOverview(p) || (p.startsWith('/colleges') && !isTraining(p) && !isChecklist(p)),
    leveled: true,
  },
  {
    path: '/my-roster',
    key: 'nav.myRoster',
    testId: 'nav-my-roster',
    show: (a) => !homeIsOverview(a) && canReadRoster(a) && !homeIsMyPost(a),
    match: (p) => p === '/' || p === '/my-roster' || (p.startsWith('/colleges') && !isTraining(p) && !isChecklist(p)),
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
  // training
  { path: '/my-post', key: 'nav.myPost', testId: 'nav-my-post', show: holdsPost, match: (p) => p.startsWith('/my-post'), leveled: false },
  { path: '/training', key: 'nav.training', testId: 'nav-training', show: canSeeAggregates, match: isTraining, leveled: true },
  { path: '/import', key: 'nav.import', testId: 'nav-import', show: (a) => a.canWriteRoster, match: (p) => p.startsWith('/import'), leveled: true },
  { path: '/students', key: 'nav.students', testId: 'nav-students', show: canReadRoster, match: (p) => p.startsWith('/students'), leveled: true },
  // screening
  { path: '/screening', key: 'nav.screening', testId: 'nav-screening', show: canSeeScreeningReport, match: (p) => p === '/screening', leveled: false },
  { path: '/follow-ups', key: 'nav.followUps', testId: 'nav-follow-ups', show: canReadFollowUps, match: (p) => p.startsWith('/follow-ups'), leveled: false },
  { path: '/screening/campaigns', key: 'nav.screeningCampaigns', testId: 'nav-screening-campaigns', show: canRunScreening, match: (p) => p.startsWith('/screening/campaigns'), leveled: false },
  // submissions
  { path: '/checklist', key: 'nav.checklist', testId: 'nav-checklist', show: isCollegeLeader, match: isChecklist, leveled: false },
  { path: '/submissions', key: 'nav.submissions', testId: 'nav-submissions', show: canSeeMatrix, match: (p) => p.startsWith('/submissions') || isChecklist(p), leveled: false },
];

const ADMIN_NAV: NavItem[] = [
  { path: '/admin/users', key: 'nav.users', testId: 'nav-users', show: (a) => a.canManageAccess, match: (p) => p.startsWith('/admin/users'), leveled: false },
  { path: '/admin/tokens', key: 'nav.tokens', testId: 'nav-tokens', show: (a) => a.canManageAccess, match: (p) => p.startsWith('/admin/tokens'), leveled: false },
  { path: '/admin/audit', key: 'nav.audit', testId: 'nav-audit', show: (a) => a.canReadAudit, match: (p) => p.startsWith('/admin/audit'), leveled: false },
  // training
  { path: '/admin/training-programme', key: 'nav.programme', testId: 'nav-programme', show: canSetProgramme, match: (p) => p.startsWith('/admin/training-programme'), leveled: false },
  { path: '/admin/semesters', key: 'nav.semesters', testId: 'nav-semesters', show: canSetCalendar, match: (p) => p.startsWith('/admin/semesters'), leveled: false },
];

function NavList({
  items,
  current,
  labelledBy,
  onNavigate,
}: {
  items: NavItem[];
  current: NavItem | undefined;
  labelledBy?: string;
  onNavigate?: () => void;
}) {
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
              onClick={onNavigate}
            >
              {t(n.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function Brand() {
  const t = useT();
  return (
    <span className="app-brand">
      <span className="app-brand-mark" aria-hidden="true">
        ♥
      </span>
      <span className="app-brand-text">{t('app.shortTitle')}</span>
    </span>
  );
}

/** Three lines: the menu button of phone and tablet headers. */
function MenuIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M3 5.5h18v2H3zm0 5.5h18v2H3zm0 5.5h18v2H3z" />
    </svg>
  );
}

export function AppLayout() {
  const t = useT();
  const access = useAccess();
  const { pathname, search } = useLocation();
  const main = MAIN_NAV.filter((n) => n.show(access));
  const admin = ADMIN_NAV.filter((n) => n.show(access));
  const current = [...main, ...admin].find((n) => n.match(pathname));
  const [overviewMode] = useOverviewMode();
  // Wide screens keep the side navigation; narrower ones open it as a drawer over the page, and
  // phones get the compact header controls so the header stays one row.
  const desktop = useMediaQuery(DESKTOP_QUERY);
  const phone = useMediaQuery(PHONE_QUERY);
  const [navOpen, setNavOpen] = useState(false);
  const drawerBody = useRef<HTMLDivElement>(null);
  // A link in the drawer (or the back button) moves on: the drawer closes.
  useEffect(() => setNavOpen(false), [pathname, search, desktop]);
  // Admin pages have no level; the side-by-side overview shows both levels at once.
  const showLevel =
    !pathname.startsWith('/admin') && !pathname.startsWith('/my-post') && !((isOverview(pathname) || pathname === '/training') && overviewMode === 'compare');
  const closeNav = () => setNavOpen(false);
  const nav = (
    <nav aria-label={t('app.mainNav')}>
      <NavList items={main} current={current} onNavigate={closeNav} />
      {admin.length > 0 && (
        <>
          <p className="app-nav-heading" id="nav-admin-heading">
            {t('nav.adminSection')}
          </p>
          <NavList items={admin} current={current} labelledBy="nav-admin-heading" onNavigate={closeNav} />
        </>
      )}
    </nav>
  );
  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {desktop && (
        <Layout.Sider theme="light" width={208} className="app-sider">
          <div className="app-sider-brand">
            <Brand />
          </div>
          {nav}
        </Layout.Sider>
      )}
      <Layout className="app-main">
        <Layout.Header className={phone ? 'app-header app-header-phone' : 'app-header'}>
          <div className="app-header-start">
            {!desktop && (
              <Button
                type="text"
                className="nav-toggle"
                icon={<MenuIcon />}
                aria-label={t('app.openNav')}
                aria-haspopup="dialog"
                aria-expanded={navOpen}
                // Only while the drawer exists: a reference to a missing element is an ARIA error.
                aria-controls={navOpen ? 'app-nav-drawer' : undefined}
                data-testid="nav-toggle"
                onClick={() => setNavOpen(true)}
              />
            )}
            {desktop ? <span className="app-header-title">{t('app.title')}</span> : <Brand />}
          </div>
          <div className="app-header-controls">
            {showLevel && <LevelSwitch compact={phone} />}
            <AlertBell />
            <LanguageSwitch compact={phone} />
            <UserMenu compact={phone} />
          </div>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <Breadcrumbs
            page={current && { label: t(current.key), admin: admin.includes(current) }}
            adminHome={admin[0]?.path}
            showLevel={showLevel}
          />
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {!desktop && (
        <Drawer
          id="app-nav-drawer"
          rootClassName="app-nav-drawer"
          placement="left"
          size={272}
          open={navOpen}
          onClose={closeNav}
          // antd focuses the drawer's outer box, which is not the dialog: start at the current page's link.
          afterOpenChange={(open) => {
            if (!open) return;
            const links = drawerBody.current?.querySelectorAll<HTMLAnchorElement>('a[href]');
            (drawerBody.current?.querySelector<HTMLAnchorElement>('a[aria-current="page"]') ?? links?.[0])?.focus();
          }}
          title={
            <>
              <Brand />
              <span className="visually-hidden">{t('app.navMenu')}</span>
            </>
          }
        >
          <div ref={drawerBody}>{nav}</div>
        </Drawer>
      )}
    </Layout>
  );
}
