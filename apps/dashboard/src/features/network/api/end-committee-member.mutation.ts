import { graphql } from '@/gql';

export const END_COMMITTEE_MEMBER = graphql(`
  mutation EndCommitteeMember($input: EndAppointmentInput!) {
    endCommitteeMember(input: $input) {
      id
      active
      endedOn
      endReason
    }
  }
`);
