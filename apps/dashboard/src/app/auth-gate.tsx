import { useApolloClient, useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { NoAccess } from '@/components/no-access';
import { PageSpinner } from '@/components/page-spinner';
import type { Access } from '@/lib/auth/my-access.query';
import { AccessProvider, useAccess } from '@/lib/auth/access';
import { idleForMs, loginPath } from '@/lib/auth/session';
import { ME } from '@/lib/auth/me.query';
import { MY_ACCESS } from '@/lib/auth/my-access.query';
import { isUnauthenticated } from '@/lib/graphql-errors';

// How long without a request before the client asks the server whether the session still lives.
// (The server's idle limit, SESSION_IDLE_MINUTES, is 30 minutes by default; the API does not publish it.)
const RECHECK_AFTER_MS = 60_000;

/**
 * A page opened after a long pause, or a tab that comes back, would show stale data until its next
 * request (and some pages send none until the user acts). Ask the server then: an ended session comes
 * back UNAUTHENTICATED and the app goes to the sign-in page. Nothing is polled, so an unattended tab
 * does not keep its session alive.
 */
function useSessionRecheck() {
  const client = useApolloClient();
  const { key } = useLocation();
  useEffect(() => {
    const check = () => {
      if (document.visibilityState === 'visible' && idleForMs() > RECHECK_AFTER_MS) {
        void client.query({ query: ME, fetchPolicy: 'network-only' }).catch(() => undefined);
      }
    };
    check(); // on every navigation
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, [client, key]);
}

/** Signed-in pages only: loads `me` and `myAccess`, or sends the visitor to /login (keeping where they were going). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useQuery(ME);
  const signedIn = !!me.data?.me;
  const access = useQuery(MY_ACCESS, { skip: !signedIn });
  useSessionRecheck();

  if (me.data && !me.data.me) return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  if (signedIn && access.data) return <AccessProvider access={access.data.myAccess}>{children}</AccessProvider>;
  const error = me.error ?? access.error;
  // UNAUTHENTICATED: the app is already on its way to the sign-in page.
  if (error && !isUnauthenticated(error)) {
    return (
      <main id="main" className="login-main">
        <ErrorAlert error={error} onRetry={() => (me.error ? me.refetch() : access.refetch())} />
      </main>
    );
  }
  return <PageSpinner />;
}

/** A page some users may not use: shows "no access" instead of a page whose every request would fail. */
export function Allow({ when, children }: { when: (access: Access) => boolean; children: ReactNode }) {
  const access = useAccess();
  return when(access) ? children : <NoAccess />;
}
