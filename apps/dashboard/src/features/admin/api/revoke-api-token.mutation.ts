import { gql, type TypedDocumentNode } from '@apollo/client';

export const REVOKE_API_TOKEN: TypedDocumentNode<{ revokeApiToken: boolean }, { id: string }> = gql`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`;
