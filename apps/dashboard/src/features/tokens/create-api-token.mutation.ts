import { graphql } from '@/gql';
import type { CreateApiTokenMutation } from '@/gql/graphql';

export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

/** The token itself is shown once: the server keeps only its hash. */
export type CreatedApiToken = CreateApiTokenMutation['createApiToken'];
