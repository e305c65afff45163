import { graphql } from '@/gql';
import type { ApiTokenFieldsFragment } from '@/gql/graphql';

export const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scopes
    collegeCode
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

export const API_TOKENS = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

export type ApiToken = ApiTokenFieldsFragment;
