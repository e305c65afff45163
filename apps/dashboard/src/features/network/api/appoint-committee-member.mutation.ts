import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AppointCommitteeMemberVars {
  input: { classCode: string; studentNo: string; appointedOn: string; attestsService: boolean; attestsWellbeing: boolean };
}
export interface AppointCommitteeMemberData {
  appointCommitteeMember: { id: string; startedOn: string; student: { id: string; name: string } };
}

export const APPOINT_COMMITTEE_MEMBER: TypedDocumentNode<AppointCommitteeMemberData, AppointCommitteeMemberVars> = gql`
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
`;
