import { gql, type TypedDocumentNode } from '@apollo/client';
import type { NetworkLevel } from '@/lib/api-types';

/** One college at one level, or the university total (collegeCode null). SPEC.md §4. */
export interface CoverageRow {
  collegeCode: string | null;
  collegeName: string | null;
  colleges: number;
  classes: number;
  classesCovered: number;
  classCoverage: number;
  dormitories: number;
  dormitoriesCovered: number;
  dormCoverage: number;
  committeeMembers: number;
  dormOfficers: number;
  collegesWithCompleteWorkingGroup: number;
  collegesWithWorkstation: number;
}

export interface NetworkCoverageData {
  networkCoverage: {
    level: NetworkLevel;
    total: CoverageRow;
    colleges: CoverageRow[];
  };
}

export interface NetworkCoverageVars {
  level: NetworkLevel;
}

export const NETWORK_COVERAGE: TypedDocumentNode<NetworkCoverageData, NetworkCoverageVars> = gql`
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
  }
`;
