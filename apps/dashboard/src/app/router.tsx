import { Button, Result } from 'antd';
import { lazy } from 'react';
import { createBrowserRouter, useNavigate } from 'react-router-dom';
import { useT } from '@/lib/i18n/i18n';
import { AppLayout } from './layout';

// Pages load on demand so the first screen does not pay for charts and import code.
const OverviewPage = lazy(() => import('@/features/metrics/overview-page').then((m) => ({ default: m.OverviewPage })));
const CollegeRosterPage = lazy(() =>
  import('@/features/network/college-roster-page').then((m) => ({ default: m.CollegeRosterPage })),
);
const ImportPage = lazy(() => import('@/features/roster-import/import-page').then((m) => ({ default: m.ImportPage })));
const StudentsPage = lazy(() => import('@/features/org/students-page').then((m) => ({ default: m.StudentsPage })));

function NotFound() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 className="page-title">{t('app.notFound')}</h1>}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('app.backHome')}
        </Button>
      }
    />
  );
}

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'colleges/:code', element: <CollegeRosterPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'students', element: <StudentsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
