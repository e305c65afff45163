import { Button, Result } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, useNavigate } from 'react-router-dom';
import { PageSpinner } from '@/components/page-spinner';
import { canReadRoster, canSeeAggregates } from '@/lib/auth/access';
import { useT } from '@/lib/i18n/i18n';
import { Allow, RequireAuth } from './auth-gate';
import { HomePage, OverviewRoute } from './home-page';
import { AppLayout } from './layout';

// Pages load on demand so the first screen does not pay for charts and import code.
const LoginPage = lazy(() => import('@/features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const CollegeRosterPage = lazy(() =>
  import('@/features/network/college-roster-page').then((m) => ({ default: m.CollegeRosterPage })),
);
const ImportPage = lazy(() => import('@/features/roster-import/import-page').then((m) => ({ default: m.ImportPage })));
const StudentsPage = lazy(() => import('@/features/org/students-page').then((m) => ({ default: m.StudentsPage })));
const UsersPage = lazy(() => import('@/features/accounts/users-page').then((m) => ({ default: m.UsersPage })));
const TokensPage = lazy(() => import('@/features/tokens/tokens-page').then((m) => ({ default: m.TokensPage })));
const AuditPage = lazy(() => import('@/features/audit/audit-page').then((m) => ({ default: m.AuditPage })));

function NotFound() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 className="page-title">{t('app.notFound')}</h1>}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('access.home')}
        </Button>
      }
    />
  );
}

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageSpinner />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'overview',
        element: (
          <Allow when={canSeeAggregates}>
            <OverviewRoute />
          </Allow>
        ),
      },
      {
        path: 'colleges/:code',
        element: (
          <Allow when={canReadRoster}>
            <CollegeRosterPage />
          </Allow>
        ),
      },
      {
        path: 'import',
        element: (
          <Allow when={(a) => a.canWriteRoster}>
            <ImportPage />
          </Allow>
        ),
      },
      {
        path: 'students',
        element: (
          <Allow when={canReadRoster}>
            <StudentsPage />
          </Allow>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <Allow when={(a) => a.canManageAccess}>
            <UsersPage />
          </Allow>
        ),
      },
      {
        path: 'admin/tokens',
        element: (
          <Allow when={(a) => a.canManageAccess}>
            <TokensPage />
          </Allow>
        ),
      },
      {
        path: 'admin/audit',
        element: (
          <Allow when={(a) => a.canReadAudit}>
            <AuditPage />
          </Allow>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
