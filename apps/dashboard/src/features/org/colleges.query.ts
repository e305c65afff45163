import { graphql } from '@/gql';

export const COLLEGES = graphql(`
  query Colleges {
    colleges {
      id
      code
      name
    }
  }
`);
