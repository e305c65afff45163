import { graphql } from '@/gql';
import type { StudentsQuery } from '@/gql/graphql';

export const STUDENTS = graphql(`
  query Students(
    $first: Int
    $offset: Int
    $level: NetworkLevel
    $collegeCode: String
    $classCode: String
    $classSearch: String
    $status: StudentStatus
    $search: String
  ) {
    students(
      first: $first
      offset: $offset
      level: $level
      collegeCode: $collegeCode
      classCode: $classCode
      classSearch: $classSearch
      status: $status
      search: $search
    ) {
      totalCount
      edges {
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
