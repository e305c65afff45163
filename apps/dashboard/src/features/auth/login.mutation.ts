import { graphql } from '@/gql';

/** Sets the HTTP-only session cookie; the token in the answer is not kept by the dashboard. */
export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user {
        id
        username
      }
    }
  }
`);
