import { graphql } from '@/gql';

export const COLLEGE_CLASSES = graphql(`
  query CollegeClasses($collegeCode: String!, $level: NetworkLevel) {
    classes(collegeCode: $collegeCode, level: $level) {
      id
      code
      name
    }
  }
`);
