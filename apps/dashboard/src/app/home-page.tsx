import { lazy } from 'react';
import { NoAccess } from '@/components/no-access';
import { canReadRoster, canSeeAggregates, useAccess } from '@/lib/auth/access';
import { useT } from '@/lib/i18n/i18n';

const OverviewPage = lazy(() => import('@/features/metrics/overview-page').then((m) => ({ default: m.OverviewPage })));
const MyRosterRedirect = lazy(() => import('@/features/network/my-roster-redirect').then((m) => ({ default: m.MyRosterRedirect })));

/**
 * "/": the overview for whoever may read aggregates (the API narrows it to their college or
 * classes); committee members and dorm officers go to the roster page of their class or dorm.
 */
export function HomePage() {
  const t = useT();
  const access = useAccess();
  if (canSeeAggregates(access)) return <OverviewPage />;
  if (canReadRoster(access)) return <MyRosterRedirect />;
  return <NoAccess title={t('home.nothingTitle')} message={t('home.nothing')} />;
}
