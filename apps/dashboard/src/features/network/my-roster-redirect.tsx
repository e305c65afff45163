import { useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { NoAccess } from '@/components/no-access';
import { PageSpinner } from '@/components/page-spinner';
import { useT } from '@/lib/i18n/i18n';
import { withLevel } from '@/lib/level';
import { MY_HOME } from './api/my-home.query';

/** For users without aggregates: "/" is the roster page of their own class or dorm, at its level. */
export function MyRosterRedirect() {
  const t = useT();
  const { data, error, loading } = useQuery(MY_HOME, { fetchPolicy: 'network-only' });
  if (loading && !data) return <PageSpinner />;
  if (error && !data) return <ErrorAlert error={error} />;
  const student = data?.students.edges[0]?.node;
  const code = student?.collegeCode ?? data?.colleges[0]?.code;
  if (!code) return <NoAccess title={t('home.nothingTitle')} message={t('home.nothing')} />;
  return <Navigate to={withLevel(`/colleges/${encodeURIComponent(code)}`, student?.level ?? 'UNDERGRADUATE')} replace />;
}
