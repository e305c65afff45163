import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApiToken } from '@/lib/api-types';

export const API_TOKEN_FIELDS = gql`
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
`;

export const API_TOKENS: TypedDocumentNode<{ apiTokens: ApiToken[] }, Record<string, never>> = gql`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
  ${API_TOKEN_FIELDS}
`;
