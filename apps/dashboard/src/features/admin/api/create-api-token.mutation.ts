import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApiScope, ApiToken } from '@/lib/api-types';
import { API_TOKEN_FIELDS } from './api-tokens.query';

export interface CreateApiTokenInput {
  name: string;
  scopes: ApiScope[];
  collegeCode?: string | null;
  expiresAt?: string | null;
}

export interface CreatedApiToken {
  /** Shown once: the server keeps only its hash. */
  token: string;
  apiToken: ApiToken;
}

export const CREATE_API_TOKEN: TypedDocumentNode<{ createApiToken: CreatedApiToken }, { input: CreateApiTokenInput }> = gql`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
  ${API_TOKEN_FIELDS}
`;
