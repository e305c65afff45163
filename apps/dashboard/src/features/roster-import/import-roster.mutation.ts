import { graphql } from '@/gql';
import type { ImportRosterMutation } from '@/gql/graphql';

export const IMPORT_ROSTER = graphql(`
  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {
    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {
      dryRun
      created
      updated
      unchanged
      appointmentsEnded
      errors {
        row
        column
        message
      }
    }
  }
`);

export type ImportResult = ImportRosterMutation['importRoster'];
export type ImportError = ImportResult['errors'][number];
