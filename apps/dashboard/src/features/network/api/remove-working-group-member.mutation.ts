import { gql, type TypedDocumentNode } from '@apollo/client';

export interface RemoveWorkingGroupMemberData {
  removeWorkingGroupMember: boolean;
}
export interface RemoveWorkingGroupMemberVars {
  id: string;
}

export const REMOVE_WORKING_GROUP_MEMBER: TypedDocumentNode<RemoveWorkingGroupMemberData, RemoveWorkingGroupMemberVars> = gql`
  mutation RemoveWorkingGroupMember($id: ID!) {
    removeWorkingGroupMember(id: $id)
  }
`;
