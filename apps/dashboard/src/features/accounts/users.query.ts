import { graphql } from '@/gql';
import type { UserFieldsFragment } from '@/gql/graphql';

// The same account fields as the signed-in user's (lib/auth/me.query.ts UserFields); one page of
// accounts (search and paging on the server) and how many match.
export const USERS = graphql(`
  query Users($search: String, $offset: Int!, $limit: Int!) {
    users(search: $search, offset: $offset, limit: $limit) {
      ...UserFields
    }
    userCount(search: $search)
  }
`);

export type AdminUser = UserFieldsFragment;
export type RoleGrant = AdminUser['grants'][number];
