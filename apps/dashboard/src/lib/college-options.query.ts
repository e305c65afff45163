import { graphql } from '@/gql';

export const COLLEGE_OPTIONS = graphql(`
  query CollegeOptions {
    colleges {
      id
      code
      name
    }
  }
`);
