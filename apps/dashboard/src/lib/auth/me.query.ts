import { gql, type TypedDocumentNode } from '@apollo/client';
import type { User } from '@/lib/api-types';

export const USER_FIELDS = gql`
  fragment UserFields on User {
    id
    username
    displayName
    roles
    grants {
      role
      collegeCode
    }
    staffNo
    studentNo
    active
  }
`;

export interface MeData {
  me: User | null;
}

/** Public: null when signed out, UNAUTHENTICATED when the cookie names a session that has ended. */
export const ME: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;
