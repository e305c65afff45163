import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { LOGIN_PATH } from '@/lib/auth/session';
import { LOGOUT } from './logout.mutation';

/** Ends the session on the server, forgets every cached answer and goes to the sign-in page. */
export function useLogout(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LOGOUT);
  return useCallback(async () => {
    try {
      await logout();
    } catch {
      // The session had already ended: signed out all the same (the server clears the cookie).
    }
    await client.clearStore();
    navigate(LOGIN_PATH, { replace: true });
  }, [client, logout, navigate]);
}
