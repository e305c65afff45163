import { gql, type TypedDocumentNode } from '@apollo/client';
import type { User } from '@/lib/api-types';

export const ADMIN_USER_FIELDS = gql`
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
`;

export const USERS: TypedDocumentNode<{ users: User[] }, Record<string, never>> = gql`
  query Users {
    users {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;
