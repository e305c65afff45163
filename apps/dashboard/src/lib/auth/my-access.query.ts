import { graphql } from '@/gql';
import type { AccessScopeFieldsFragment, MyAccessQuery } from '@/gql/graphql';

export const SCOPE_FIELDS = graphql(`
  fragment AccessScopeFields on AccessScope {
    all
    collegeCodes
    classCodes
    dormCodes
  }
`);

export const MY_ACCESS = graphql(`
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
      writeScope {
        ...AccessScopeFields
      }
      canWriteRoster
      canManageAccess
      canReadAudit
    }
  }
`);

/** `myAccess`: the signed-in user and what the menus may offer them. */
export type Access = MyAccessQuery['myAccess'];
/** What a signed-in user may see: every college, or some colleges, classes and dorms. */
export type AccessScope = AccessScopeFieldsFragment;
