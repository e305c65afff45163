import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Access } from '@/lib/api-types';
import { USER_FIELDS } from './me.query';

export interface MyAccessData {
  myAccess: Access;
}

const SCOPE_FIELDS = gql`
  fragment AccessScopeFields on AccessScope {
    all
    collegeCodes
    classCodes
    dormCodes
  }
`;

export const MY_ACCESS: TypedDocumentNode<MyAccessData, Record<string, never>> = gql`
  query MyAccess {
    myAccess {
      user {
        ...UserFields
      }
      rosterScope {
        ...AccessScopeFields
      }
      aggregateScope {
        ...AccessScopeFields
      }
      canWriteRoster
      canManageAccess
      canReadAudit
    }
  }
  ${USER_FIELDS}
  ${SCOPE_FIELDS}
`;
