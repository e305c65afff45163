import { useQuery } from '@apollo/client/react';
import { lazy } from 'react';
import { Navigate } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { NoAccess } from '@/components/no-access';
import { PageSpinner } from '@/components/page-spinner';
import { canReadRoster, canSeeAggregates, useAccess } from '@/lib/auth/access';
import { chooseHome, homeIsMyPost, homeIsOverview, homePath, type HomePlace, isCounselorHome } from '@/lib/home';
import { OPEN_FOLLOW_UPS_COUNT } from '@/features/screening/screening.operations';
import { useT } from '@/lib/i18n/i18n';
import { withLevel } from '@/lib/level';
import type { MyPlacesQuery } from '@/gql/graphql';
import { MY_PLACES } from './home.query';

const OverviewPage = lazy(() => import('@/features/metrics/overview-page').then((m) => ({ default: m.OverviewPage })));

function placesOf(data: MyPlacesQuery): HomePlace[] {
  const places: HomePlace[] = [];
  const ug = data.undergraduate.edges[0]?.node;
  if (ug) places.push({ collegeCode: ug.collegeCode, level: 'UNDERGRADUATE', students: data.undergraduate.totalCount });
  const gr = data.graduate.edges[0]?.node;
  if (gr) places.push({ collegeCode: gr.collegeCode, level: 'GRADUATE', students: data.graduate.totalCount });
  return places;
}

/** Sends the person to their home (lib/home.ts decides which one), once it knows where their students are. */
function HomeRedirect({ rosterFirst = false }: { rosterFirst?: boolean }) {
  const t = useT();
  const access = useAccess();
  const { data, error, loading } = useQuery(MY_PLACES, { fetchPolicy: 'network-only' });
  // screening: a counselor with open follow-ups lands on them.
  const counselor = isCounselorHome(access);
  const followUps = useQuery(OPEN_FOLLOW_UPS_COUNT, { fetchPolicy: 'network-only', skip: !counselor || rosterFirst });
  if ((loading && !data) || (counselor && followUps.loading && !followUps.data)) return <PageSpinner />;
  if (error && !data) return <ErrorAlert error={error} />;
  const home = chooseHome(access, data ? placesOf(data) : [], data?.colleges.map((c) => c.code) ?? [], followUps.data?.followUps.totalCount ?? 0, rosterFirst);
  if (home.kind === 'overview') return <OverviewPage />;
  const path = homePath(home, withLevel);
  if (!path) return <NoAccess title={t('home.nothingTitle')} message={t('home.nothing')} />;
  return <Navigate to={path} replace />;
}

/** "/": the school overview for the school and the Center; everyone else goes to their own work. */
export function HomePage() {
  const t = useT();
  const access = useAccess();
  if (homeIsOverview(access) && canSeeAggregates(access)) return <OverviewPage />;
  // Committee members and dorm officers: their post and training, no look-up needed.
  if (homeIsMyPost(access)) return <Navigate to="/my-post" replace />;
  if (canReadRoster(access) || canSeeAggregates(access)) return <HomeRedirect />;
  return <NoAccess title={t('home.nothingTitle')} message={t('home.nothing')} />;
}

/** "/my-roster" (我的名册): the roster of the person's college or classes, at the level they have. */
export function MyRosterPage() {
  const t = useT();
  const access = useAccess();
  if (canReadRoster(access)) return <HomeRedirect rosterFirst />;
  return <NoAccess title={t('home.nothingTitle')} message={t('home.nothing')} />;
}

/** "/overview": the overview cut to the person's colleges or classes, for those whose home is elsewhere. */
export function OverviewRoute() {
  return <OverviewPage />;
}
