import { Navigate, useLocation } from 'react-router-dom';
import { NoAccess } from '@/components/no-access';
import { useAccess } from '@/lib/auth/access';
import { useT } from '@/lib/i18n/i18n';

/** "/checklist" (the nav's 完成情况): the leader's own college's checklist, keeping ?semester=. */
export function MyChecklistRedirect() {
  const t = useT();
  const access = useAccess();
  const { search } = useLocation();
  const [college] = access.writeScope.collegeCodes.length > 0 ? access.writeScope.collegeCodes : access.rosterScope.collegeCodes;
  if (!college) return <NoAccess title={t('home.nothingTitle')} message={t('home.nothing')} />;
  return <Navigate to={`/colleges/${encodeURIComponent(college)}/checklist${search}`} replace />;
}
