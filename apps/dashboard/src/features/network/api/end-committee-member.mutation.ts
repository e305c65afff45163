import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EndReason } from '@/lib/api-types';

export interface EndAppointmentVars {
  input: { id: string; reason: EndReason; endedOn: string };
}
export interface EndCommitteeMemberData {
  endCommitteeMember: { id: string; active: boolean; endedOn: string | null; endReason: EndReason | null };
}

export const END_COMMITTEE_MEMBER: TypedDocumentNode<EndCommitteeMemberData, EndAppointmentVars> = gql`
  mutation EndCommitteeMember($input: EndAppointmentInput!) {
    endCommitteeMember(input: $input) {
      id
      active
      endedOn
      endReason
    }
  }
`;
