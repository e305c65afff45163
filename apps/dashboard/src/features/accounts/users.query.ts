import { graphql } from '@/gql';
import type { UserFieldsFragment } from '@/gql/graphql';

// The same account fields as the signed-in user's (lib/auth/me.query.ts UserFields).
export const USERS = graphql(`
  query Users {
    users {
      ...UserFields
    }
  }
`);

export type AdminUser = UserFieldsFragment;
export type RoleGrant = AdminUser['grants'][number];
