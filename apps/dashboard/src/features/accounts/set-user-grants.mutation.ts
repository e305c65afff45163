import { graphql } from '@/gql';

/** Replaces the account's granted roles (the derived ones follow the linked person's posts). */
export const SET_USER_GRANTS = graphql(`
  mutation SetUserGrants($userId: ID!, $grants: [GrantInput!]!) {
    setUserGrants(userId: $userId, grants: $grants) {
      ...UserFields
    }
  }
`);
