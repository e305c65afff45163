import { graphql } from '@/gql';

export const END_DORM_OFFICER = graphql(`
  mutation EndDormOfficer($input: EndAppointmentInput!) {
    endDormOfficer(input: $input) {
      id
      active
      endedOn
      endReason
    }
  }
`);
