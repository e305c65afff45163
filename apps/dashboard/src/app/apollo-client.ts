import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // "Load more" appends pages; each filter combination is its own list.
            students: relayStylePagination(['collegeCode', 'classCode', 'dormCode', 'level', 'status', 'search']),
          },
        },
        // Roster entries have no id of their own: keep them inside their parent.
        ClassRosterEntry: { keyFields: false },
        DormRosterEntry: { keyFields: false },
        CollegeRoster: { keyFields: false },
        CoverageRow: { keyFields: false },
        CoverageReport: { keyFields: false },
      },
    }),
  });
}
