import { graphql } from '@/gql';

export const IMPORT_ROSTER_XLSX = graphql(`
  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {
    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);
