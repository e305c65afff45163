import { graphql } from '@/gql';

export const SET_WORKSTATION = graphql(`
  mutation SetWorkstation($input: WorkstationInput!) {
    setWorkstation(input: $input) {
      id
      room
      facilities
      missingFacilities
      version
    }
  }
`);
