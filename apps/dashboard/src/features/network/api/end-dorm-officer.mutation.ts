import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EndReason } from '@/lib/api-types';
import type { EndAppointmentVars } from './end-committee-member.mutation';

export interface EndDormOfficerData {
  endDormOfficer: { id: string; active: boolean; endedOn: string | null; endReason: EndReason | null };
}

export const END_DORM_OFFICER: TypedDocumentNode<EndDormOfficerData, EndAppointmentVars> = gql`
  mutation EndDormOfficer($input: EndAppointmentInput!) {
    endDormOfficer(input: $input) {
      id
      active
      endedOn
      endReason
    }
  }
`;
