import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CandidateStudent {
  id: string;
  studentNo: string;
  name: string;
  isDormHead: boolean;
}

export interface CandidateStudentsData {
  students: { totalCount: number; edges: { cursor: string; node: CandidateStudent }[] };
}
export interface CandidateStudentsVars {
  classCode?: string;
  dormCode?: string;
}

/** Enrolled students of one class or one dorm: who may be appointed there. */
export const CANDIDATE_STUDENTS: TypedDocumentNode<CandidateStudentsData, CandidateStudentsVars> = gql`
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
`;
