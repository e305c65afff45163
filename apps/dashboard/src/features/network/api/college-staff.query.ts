import { graphql } from '@/gql';

/** The college's staff, for choosing a working-group member (whole-college access only). */
export const COLLEGE_STAFF = graphql(`
  query CollegeStaff($collegeCode: String!) {
    staff(collegeCode: $collegeCode) {
      id
      staffNo
      name
      collegeCode
    }
  }
`);
