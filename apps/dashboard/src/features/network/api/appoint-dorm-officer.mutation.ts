import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AppointDormOfficerVars {
  input: { dormCode: string; studentNo: string; appointedOn: string };
}
export interface AppointDormOfficerData {
  appointDormOfficer: { id: string; startedOn: string; student: { id: string; name: string } };
}

export const APPOINT_DORM_OFFICER: TypedDocumentNode<AppointDormOfficerData, AppointDormOfficerVars> = gql`
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
`;
