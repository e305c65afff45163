import { gql, type TypedDocumentNode } from '@apollo/client';
import type { College } from '@/lib/api-types';

export interface CollegesData {
  colleges: College[];
}

export const COLLEGES: TypedDocumentNode<CollegesData, Record<string, never>> = gql`
  query Colleges {
    colleges {
      id
      code
      name
    }
  }
`;
