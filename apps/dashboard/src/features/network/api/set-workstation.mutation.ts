import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Facility } from '@/lib/api-types';

export interface SetWorkstationVars {
  input: { collegeCode: string; room: string; facilities: Facility[]; expectedVersion: number | null };
}
export interface SetWorkstationData {
  setWorkstation: { id: string; room: string | null; facilities: Facility[]; missingFacilities: Facility[]; version: number };
}

export const SET_WORKSTATION: TypedDocumentNode<SetWorkstationData, SetWorkstationVars> = gql`
  mutation SetWorkstation($input: WorkstationInput!) {
    setWorkstation(input: $input) {
      id
      room
      facilities
      missingFacilities
      version
    }
  }
`;
