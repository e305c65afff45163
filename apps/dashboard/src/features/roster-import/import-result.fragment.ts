import { graphql } from '@/gql';

// The fields of a roster import's result the page shows: counts, errors, and by name what it adds,
// changes and ends (the CSV and XLSX mutations select the same).
export const IMPORT_RESULT_FIELDS = graphql(`
  fragment ImportResultFields on ImportResult {
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
    added {
      ...ImportItemListFields
    }
    changed {
      ...ImportItemListFields
    }
    ended {
      ...ImportItemListFields
    }
  }
  fragment ImportItemListFields on ImportItemList {
    total
    items {
      row
      key
      name
      detail
      columns
    }
  }
`);
