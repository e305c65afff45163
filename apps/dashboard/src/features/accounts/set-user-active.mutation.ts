import { graphql } from '@/gql';

/** Deactivates (ending the account's sessions at once) or reactivates an account. */
export const SET_USER_ACTIVE = graphql(`
  mutation SetUserActive($userId: ID!, $active: Boolean!) {
    setUserActive(userId: $userId, active: $active) {
      ...UserFields
    }
  }
`);
