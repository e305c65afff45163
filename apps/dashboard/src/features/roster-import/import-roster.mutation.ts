import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ImportResult, RosterKind } from '@/lib/api-types';

export interface ImportRosterData {
  importRoster: ImportResult;
}
export interface ImportRosterVars {
  kind: RosterKind;
  csv: string;
  dryRun: boolean;
}

export const IMPORT_ROSTER: TypedDocumentNode<ImportRosterData, ImportRosterVars> = gql`
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
`;
