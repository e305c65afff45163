import { graphql } from '@/gql';

export const APPOINT_COMMITTEE_MEMBER = graphql(`
  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {
    appointCommitteeMember(input: $input) {
      id
      startedOn
      student {
        id
        name
      }
    }
  }
`);
