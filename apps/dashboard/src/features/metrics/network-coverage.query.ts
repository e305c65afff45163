import { graphql } from '@/gql';
import type { CoverageRowFieldsFragment } from '@/gql/graphql';

export const NETWORK_COVERAGE = graphql(`
  query NetworkCoverage($level: NetworkLevel!) {
    networkCoverage(level: $level) {
      level
      total {
        ...CoverageRowFields
      }
      colleges {
        ...CoverageRowFields
      }
    }
  }

  fragment CoverageRowFields on CoverageRow {
    collegeCode
    collegeName
    colleges
    classes
    classesCovered
    classCoverage
    dormitories
    dormitoriesCovered
    dormCoverage
    committeeMembers
    dormOfficers
    collegesWithCompleteWorkingGroup
    collegesWithWorkstation
    workingGroupCompleteness
    workstationPresence
  }
`);

/** One college at one level, or the university total (collegeCode null). */
export type CoverageRow = CoverageRowFieldsFragment;
