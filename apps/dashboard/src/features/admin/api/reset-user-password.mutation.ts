import { gql, type TypedDocumentNode } from '@apollo/client';

/** Sets a new password for an account; its sessions end at once. */
export const RESET_USER_PASSWORD: TypedDocumentNode<{ resetUserPassword: boolean }, { userId: string; newPassword: string }> = gql`
  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {
    resetUserPassword(userId: $userId, newPassword: $newPassword)
  }
`;
