import { gql, type TypedDocumentNode } from '@apollo/client';
import type { NetworkLevel } from '@/lib/api-types';

export interface CollegeClassesData {
  classes: { id: string; code: string; name: string }[];
}
export interface CollegeClassesVars {
  collegeCode: string;
  level: NetworkLevel;
}

export const COLLEGE_CLASSES: TypedDocumentNode<CollegeClassesData, CollegeClassesVars> = gql`
  query CollegeClasses($collegeCode: String!, $level: NetworkLevel) {
    classes(collegeCode: $collegeCode, level: $level) {
      id
      code
      name
    }
  }
`;
