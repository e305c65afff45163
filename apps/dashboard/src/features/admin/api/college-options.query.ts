import { gql, type TypedDocumentNode } from '@apollo/client';
import type { College } from '@/lib/api-types';

export const COLLEGE_OPTIONS: TypedDocumentNode<{ colleges: College[] }, Record<string, never>> = gql`
  query CollegeOptions {
    colleges {
      id
      code
      name
    }
  }
`;
