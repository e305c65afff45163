import { graphql } from '@/gql';

/** Enrolled students of one class or one dorm: who may be appointed there. */
export const CANDIDATE_STUDENTS = graphql(`
  query CandidateStudents($classCode: String, $dormCode: String) {
    students(classCode: $classCode, dormCode: $dormCode, status: ENROLLED, first: 100) {
      totalCount
      edges {
        cursor
        node {
          id
          studentNo
          name
          isDormHead
        }
      }
    }
  }
`);
