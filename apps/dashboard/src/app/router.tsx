import { Button, Result } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, useNavigate } from 'react-router-dom';
import { PageSpinner } from '@/components/page-spinner';
import { canReadRoster, canSeeAggregates } from '@/lib/auth/access';
import { canReadTraining, canSetCalendar, canSetProgramme, holdsPost } from '@/features/training/access';
import { canReadFollowUps, canRunScreening, canSeeScreeningReport } from '@/features/screening/access';
import { canSeeChecklist, canSeeMatrix, isCollegeLeader } from '@/features/submissions/access';
import { useT } from '@/lib/i18n/i18n';
import { Allow, RequireAuth } from './auth-gate';
import { HomePage, MyRosterPage, OverviewRoute } from './home-page';
import { AppLayout } from './layout';

// Pages load on demand so the first screen does not pay for charts and import code.
const LoginPage = lazy(() => import('@/features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const ActivatePage = lazy(() => import('@/features/auth/activate-page').then((m) => ({ default: m.ActivatePage })));
const CollegeRosterPage = lazy(() =>
  import('@/features/network/college-roster-page').then((m) => ({ default: m.CollegeRosterPage })),
);
const ImportPage = lazy(() => import('@/features/roster-import/import-page').then((m) => ({ default: m.ImportPage })));
const StudentsPage = lazy(() => import('@/features/org/students-page').then((m) => ({ default: m.StudentsPage })));
const UsersPage = lazy(() => import('@/features/accounts/users-page').then((m) => ({ default: m.UsersPage })));
const TokensPage = lazy(() => import('@/features/tokens/tokens-page').then((m) => ({ default: m.TokensPage })));
const AuditPage = lazy(() => import('@/features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
// training
const TrainingOverviewPage = lazy(() => import('@/features/training/training-overview-page').then((m) => ({ default: m.TrainingOverviewPage })));
const CollegeTrainingPage = lazy(() => import('@/features/training/college-training-page').then((m) => ({ default: m.CollegeTrainingPage })));
const MyPostPage = lazy(() => import('@/features/training/my-post-page').then((m) => ({ default: m.MyPostPage })));
const ProgrammePage = lazy(() => import('@/features/training/programme-page').then((m) => ({ default: m.ProgrammePage })));
const SemestersPage = lazy(() => import('@/features/training/semesters-page').then((m) => ({ default: m.SemestersPage })));
// screening
const ScreeningPage = lazy(() => import('@/features/screening/screening-page').then((m) => ({ default: m.ScreeningPage })));
const FollowUpsPage = lazy(() => import('@/features/screening/follow-ups-page').then((m) => ({ default: m.FollowUpsPage })));
const CampaignsPage = lazy(() => import('@/features/screening/campaigns-page').then((m) => ({ default: m.CampaignsPage })));
// submissions
const ChecklistPage = lazy(() => import('@/features/submissions/checklist-page').then((m) => ({ default: m.ChecklistPage })));
const SubmissionsMatrixPage = lazy(() => import('@/features/submissions/matrix-page').then((m) => ({ default: m.MatrixPage })));
const MyChecklistRedirect = lazy(() => import('@/features/submissions/my-checklist').then((m) => ({ default: m.MyChecklistRedirect })));

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
    // First sign-in with a one-time activation code: public, like /login.
    path: '/activate',
    element: (
      <Suspense fallback={<PageSpinner />}>
        <ActivatePage />
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
      { path: 'my-roster', element: <MyRosterPage /> },
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
      // training
      {
        path: 'training',
        element: (
          <Allow when={canSeeAggregates}>
            <TrainingOverviewPage />
          </Allow>
        ),
      },
      {
        path: 'colleges/:collegeCode/training',
        element: (
          <Allow when={canReadTraining}>
            <CollegeTrainingPage />
          </Allow>
        ),
      },
      {
        path: 'my-post',
        element: (
          <Allow when={holdsPost}>
            <MyPostPage />
          </Allow>
        ),
      },
      {
        path: 'admin/training-programme',
        element: (
          <Allow when={canSetProgramme}>
            <ProgrammePage />
          </Allow>
        ),
      },
      {
        path: 'admin/semesters',
        element: (
          <Allow when={canSetCalendar}>
            <SemestersPage />
          </Allow>
        ),
      },
      // submissions
      {
        path: 'submissions',
        element: (
          <Allow when={canSeeMatrix}>
            <SubmissionsMatrixPage />
          </Allow>
        ),
      },
      {
        path: 'checklist',
        element: (
          <Allow when={isCollegeLeader}>
            <MyChecklistRedirect />
          </Allow>
        ),
      },
      {
        path: 'colleges/:collegeCode/checklist',
        element: (
          <Allow when={canSeeChecklist}>
            <ChecklistPage />
          </Allow>
        ),
      },
      // screening
      {
        path: 'screening',
        element: (
          <Allow when={canSeeScreeningReport}>
            <ScreeningPage />
          </Allow>
        ),
      },
      {
        path: 'screening/campaigns',
        element: (
          <Allow when={canRunScreening}>
            <CampaignsPage />
          </Allow>
        ),
      },
      {
        path: 'follow-ups',
        element: (
          <Allow when={canReadFollowUps}>
            <FollowUpsPage />
          </Allow>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
