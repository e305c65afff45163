import { gql, type TypedDocumentNode } from '@apollo/client';
import type { GrantableRole, User } from '@/lib/api-types';
import { ADMIN_USER_FIELDS } from './users.query';

export interface GrantInput {
  role: GrantableRole;
  collegeCode?: string | null;
}

export interface CreateUserInput {
  username: string;
  password: string;
  staffNo?: string | null;
  studentNo?: string | null;
  grants: GrantInput[];
}

export const CREATE_USER: TypedDocumentNode<{ createUser: User }, { input: CreateUserInput }> = gql`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
  ${ADMIN_USER_FIELDS}
`;
