import { gql, type TypedDocumentNode } from '@apollo/client';
import type { NetworkLevel } from '@/lib/api-types';

export interface MyHomeData {
  colleges: { id: string; code: string }[];
  students: { edges: { node: { id: string; collegeCode: string; level: NetworkLevel } }[] };
}

/**
 * Where a committee member or dorm officer belongs: the colleges they see, and one student of
 * their class or dorm (the roster API returns only their own) for the level.
 */
export const MY_HOME: TypedDocumentNode<MyHomeData, Record<string, never>> = gql`
  query MyHome {
    colleges {
      id
      code
    }
    students(first: 1) {
      edges {
        node {
          id
          collegeCode
          level
        }
      }
    }
  }
`;
