import { gql, type TypedDocumentNode } from '@apollo/client';
import type { User } from '@/lib/api-types';
import type { GrantInput } from './create-user.mutation';
import { ADMIN_USER_FIELDS } from './users.query';

/** Replaces the account's granted roles (the derived ones follow the linked person's posts). */
export const SET_USER_GRANTS: TypedDocumentNode<{ setUserGrants: User }, { userId: string; grants: GrantInput[] }> = gql`
  mutation SetUserGrants($userId: ID!, $grants: [GrantInput!]!) {
    setUserGrants(userId: $userId, grants: $grants) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;
