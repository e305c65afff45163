import { graphql } from '@/gql';

export const REMOVE_WORKING_GROUP_MEMBER = graphql(`
  mutation RemoveWorkingGroupMember($id: ID!) {
    removeWorkingGroupMember(id: $id)
  }
`);
