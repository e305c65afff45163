import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ImportResult, RosterKind } from '@/lib/api-types';

export interface ImportRosterXlsxData {
  importRosterXlsx: ImportResult;
}
export interface ImportRosterXlsxVars {
  kind: RosterKind;
  xlsxBase64: string;
  dryRun: boolean;
}

export const IMPORT_ROSTER_XLSX: TypedDocumentNode<ImportRosterXlsxData, ImportRosterXlsxVars> = gql`
  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {
    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {
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
