import { graphql } from '@/gql';
import type { StudentsQuery } from '@/gql/graphql';

export const STUDENTS = graphql(`
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
`);

export type Student = StudentsQuery['students']['edges'][number]['node'];
