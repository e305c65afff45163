import { gql, type TypedDocumentNode } from '@apollo/client';
import type { User } from '@/lib/api-types';
import { ADMIN_USER_FIELDS } from './users.query';

/** Deactivates (ending the account's sessions at once) or reactivates an account. */
export const SET_USER_ACTIVE: TypedDocumentNode<{ setUserActive: User }, { userId: string; active: boolean }> = gql`
  mutation SetUserActive($userId: ID!, $active: Boolean!) {
    setUserActive(userId: $userId, active: $active) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;
