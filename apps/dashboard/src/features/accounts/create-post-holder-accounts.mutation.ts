import { graphql } from '@/gql';
import type { CreatePostHolderAccountsMutation } from '@/gql/graphql';

/** Accounts and one-time activation codes for a college's post holders: the codes are in this answer only. */
export const CREATE_POST_HOLDER_ACCOUNTS = graphql(`
  mutation CreatePostHolderAccounts($input: CreatePostHolderAccountsInput!) {
    createPostHolderAccounts(input: $input) {
      created
      reissued
      skipped
      expiresAt
      csv
      xlsxBase64
      rows {
        collegeCode
        units
        name
        studentNo
        username
        code
        newAccount
      }
    }
  }
`);

export type ActivationCodeSheet = CreatePostHolderAccountsMutation['createPostHolderAccounts'];
