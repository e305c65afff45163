import { graphql } from '@/gql';

/**
 * Where a committee member or dorm officer belongs: the colleges they see, and one student of
 * their class or dorm (the roster API returns only their own) for the level.
 */
export const MY_HOME = graphql(`
  query MyHome {
    colleges {
      id
      code
    }
    students(first: 1) {
      edges {
        node {
          id
          collegeCode
          level
        }
      }
    }
  }
`);
