import { gql, type TypedDocumentNode } from '@apollo/client';

export interface LoginData {
  login: { token: string; user: { id: string; username: string } };
}
export interface LoginVars {
  username: string;
  password: string;
}

/** Sets the HTTP-only session cookie; the token in the answer is not kept by the dashboard. */
export const LOGIN: TypedDocumentNode<LoginData, LoginVars> = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user {
        id
        username
      }
    }
  }
`;
