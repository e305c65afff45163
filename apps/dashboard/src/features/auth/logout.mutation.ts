import { graphql } from '@/gql';

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
