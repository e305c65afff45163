import { graphql } from '@/gql';
import type { AdminUserFieldsFragment } from '@/gql/graphql';

export const ADMIN_USER_FIELDS = graphql(`
  fragment AdminUserFields on User {
    id
    username
    displayName
    roles
    grants {
      role
      collegeCode
    }
    staffNo
    studentNo
    active
  }
`);

export const USERS = graphql(`
  query Users {
    users {
      ...AdminUserFields
    }
  }
`);

export type AdminUser = AdminUserFieldsFragment;
export type RoleGrant = AdminUser['grants'][number];
