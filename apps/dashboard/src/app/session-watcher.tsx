import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { LOGIN_PATH, loginPath, onUnauthenticated } from '@/lib/auth/session';
import { router } from './router';

/**
 * Any request refused with UNAUTHENTICATED (the session idled out, or was ended elsewhere):
 * forget the cached data and go to the sign-in page, which returns here afterwards.
 */
export function SessionWatcher() {
  const client = useApolloClient();
  useEffect(() => {
    let redirecting = false;
    return onUnauthenticated((message) => {
      const { pathname, search } = router.state.location;
      if (redirecting || pathname === LOGIN_PATH) return;
      redirecting = true;
      void client
        .clearStore()
        .catch(() => undefined)
        .then(() => router.navigate(loginPath(`${pathname}${search}`, true), { replace: true, state: { message } }))
        .finally(() => {
          redirecting = false;
        });
    });
  }, [client]);
  return null;
}
