import { gql, type TypedDocumentNode } from '@apollo/client';
import type { NetworkLevel, Student, StudentStatus } from '@/lib/api-types';

export interface StudentsData {
  students: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: { cursor: string; node: Student }[];
  };
}
export interface StudentsVars {
  first: number;
  after?: string | null;
  level: NetworkLevel;
  collegeCode?: string | null;
  classCode?: string | null;
  status?: StudentStatus | null;
  search?: string | null;
}

export const STUDENTS: TypedDocumentNode<StudentsData, StudentsVars> = gql`
  query Students(
    $first: Int
    $after: String
    $level: NetworkLevel
    $collegeCode: String
    $classCode: String
    $status: StudentStatus
    $search: String
  ) {
    students(
      first: $first
      after: $after
      level: $level
      collegeCode: $collegeCode
      classCode: $classCode
      status: $status
      search: $search
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          studentNo
          name
          gender
          collegeCode
          classCode
          className
          dormCode
          isDormHead
          level
          status
        }
      }
    }
  }
`;
