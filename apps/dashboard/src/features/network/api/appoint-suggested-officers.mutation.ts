import { graphql } from '@/gql';
import type { AppointSuggestedOfficersMutation } from '@/gql/graphql';

/** Preview (dryRun) and commit of "appoint all suggestions"; the commit sends the preview's rows back. */
export const APPOINT_SUGGESTED_OFFICERS = graphql(`
  mutation AppointSuggestedOfficers($input: AppointSuggestedOfficersInput!) {
    appointSuggestedOfficers(input: $input) {
      collegeCode
      level
      dryRun
      appointed
      rows {
        dormCode
        building
        room
        studentNo
        studentName
        problem
      }
    }
  }
`);

export type SuggestedOfficerRow = AppointSuggestedOfficersMutation['appointSuggestedOfficers']['rows'][number];
