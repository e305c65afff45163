import { graphql } from '@/gql';

/** Sets a new password for an account; its sessions end at once. */
export const RESET_USER_PASSWORD = graphql(`
  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {
    resetUserPassword(userId: $userId, newPassword: $newPassword)
  }
`);
