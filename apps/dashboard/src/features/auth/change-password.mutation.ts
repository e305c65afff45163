import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ChangePasswordVars {
  currentPassword: string;
  newPassword: string;
}

export const CHANGE_PASSWORD: TypedDocumentNode<{ changePassword: boolean }, ChangePasswordVars> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;
