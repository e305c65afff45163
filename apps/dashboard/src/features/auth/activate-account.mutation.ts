import { graphql } from '@/gql';

/** First sign-in with a one-time code: sets the password and the session cookie. */
export const ACTIVATE_ACCOUNT = graphql(`
  mutation ActivateAccount($username: String!, $code: String!, $newPassword: String!) {
    activateAccount(username: $username, code: $code, newPassword: $newPassword) {
      token
      user {
        id
        username
      }
    }
  }
`);
