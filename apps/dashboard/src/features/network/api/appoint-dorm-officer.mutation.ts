import { graphql } from '@/gql';

export const APPOINT_DORM_OFFICER = graphql(`
  mutation AppointDormOfficer($input: AppointDormOfficerInput!) {
    appointDormOfficer(input: $input) {
      id
      startedOn
      student {
        id
        name
      }
    }
  }
`);
