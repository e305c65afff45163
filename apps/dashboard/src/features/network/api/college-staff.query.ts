import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Staff } from '@/lib/api-types';

export interface CollegeStaffData {
  staff: Staff[];
}

/** The college's staff, for choosing a working-group member (whole-college access only). */
export const COLLEGE_STAFF: TypedDocumentNode<CollegeStaffData, { collegeCode: string }> = gql`
  query CollegeStaff($collegeCode: String!) {
    staff(collegeCode: $collegeCode) {
      id
      staffNo
      name
      collegeCode
    }
  }
`;
