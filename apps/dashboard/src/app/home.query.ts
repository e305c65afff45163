import { graphql } from '@/gql';

/**
 * Where the signed-in person's students are, per level: one student (for the college) and how
 * many there are. The API returns only students the person may read (their college, classes or dorm).
 */
export const MY_PLACES = graphql(`
  query MyPlaces {
    colleges {
      id
      code
    }
    undergraduate: students(first: 1, level: UNDERGRADUATE) {
      totalCount
      edges {
        node {
          id
          collegeCode
        }
      }
    }
    graduate: students(first: 1, level: GRADUATE) {
      totalCount
      edges {
        node {
          id
          collegeCode
        }
      }
    }
  }
`);
