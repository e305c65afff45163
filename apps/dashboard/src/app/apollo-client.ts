import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { tap } from 'rxjs';
import { emitUnauthenticated, noteRequest } from '@/lib/auth/session';
import { isUnauthenticated, unauthenticatedMessage } from '@/lib/graphql-errors';
import type { Language } from '@/lib/i18n/i18n';

// A failed sign-in is UNAUTHENTICATED too, and signing out of an ended session needs no detour:
// the sign-in page and the user menu handle those themselves.
// A refused activation (wrong or used code) is shown on the activation page, like a failed sign-in.
const HANDLED_BY_CALLER = new Set(['Login', 'Logout', 'ActivateAccount']);

/** Any request refused for want of a session sends the user to the sign-in page (the app listens). */
const sessionLink = new ErrorLink(({ error, operation }) => {
  if (HANDLED_BY_CALLER.has(operation.operationName ?? '')) return;
  if (isUnauthenticated(error)) emitUnauthenticated(unauthenticatedMessage(error));
});

/** Notes the time of every request: a tab that comes back after a long pause re-checks its session. */
const activityLink = new ApolloLink((operation, forward) => {
  noteRequest();
  return forward(operation).pipe(tap({ complete: () => noteRequest() }));
});

/** The server writes its messages (errors, import problems) in Chinese, or in English when asked. */
function languageLink(language: () => Language): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': language() === 'en' ? 'en' : 'zh-CN' },
    }));
    return forward(operation);
  });
}

export function createApolloClient(language: () => Language = () => 'zh-CN'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionLink,
      activityLink,
      languageLink(language),
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // students: no policy. Pages are fetched by offset and shown one at a time, so each page
            // (every argument) is its own cache entry.
          },
        },
        // Roster entries have no id of their own: keep them inside their parent.
        ClassRosterEntry: { keyFields: false },
        DormRosterEntry: { keyFields: false },
        CollegeRoster: { keyFields: false },
        CoverageRow: { keyFields: false },
        CoverageReport: { keyFields: false },
        // Per-user views: never merge one user's access into another's.
        Me: { keyFields: false },
        AccessScope: { keyFields: false },
        AuditEventPage: { keyFields: false },
      },
    }),
  });
}
