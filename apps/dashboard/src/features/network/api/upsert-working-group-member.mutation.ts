import { graphql } from '@/gql';

export const UPSERT_WORKING_GROUP_MEMBER = graphql(`
  mutation UpsertWorkingGroupMember($input: WorkingGroupMemberInput!) {
    upsertWorkingGroupMember(input: $input) {
      id
      position
      levels
      staff {
        id
        name
      }
    }
  }
`);
