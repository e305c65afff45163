import { graphql } from '@/gql';
import type { ImportResultFieldsFragment } from '@/gql/graphql';

export const IMPORT_ROSTER = graphql(`
  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {
    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);

export type ImportResult = ImportResultFieldsFragment;
export type ImportError = ImportResult['errors'][number];
export type ImportItemList = NonNullable<ImportResult['added']>;
export type ImportItem = ImportItemList['items'][number];
