import { graphql } from '@/gql';

export const USER_FIELDS = graphql(`
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
`);

/** Public: null when signed out, UNAUTHENTICATED when the cookie names a session that has ended. */
export const ME = graphql(`
  query Me {
    me {
      ...UserFields
    }
  }
`);
