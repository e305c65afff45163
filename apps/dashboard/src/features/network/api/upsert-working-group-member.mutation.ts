import { gql, type TypedDocumentNode } from '@apollo/client';
import type { NetworkLevel, Position } from '@/lib/api-types';

export interface UpsertWorkingGroupMemberVars {
  input: { collegeCode: string; staffNo: string; position: Position; levels: NetworkLevel[] };
}
export interface UpsertWorkingGroupMemberData {
  upsertWorkingGroupMember: { id: string; position: Position; levels: NetworkLevel[]; staff: { id: string; name: string } };
}

export const UPSERT_WORKING_GROUP_MEMBER: TypedDocumentNode<UpsertWorkingGroupMemberData, UpsertWorkingGroupMemberVars> = gql`
  mutation UpsertWorkingGroupMember($input: WorkingGroupMemberInput!) {
    upsertWorkingGroupMember(input: $input) {
      id
      position
      levels
      staff {
        id
        name
      }
    }
  }
`;
