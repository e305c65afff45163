import { gql, type TypedDocumentNode } from '@apollo/client';
import type { NetworkLevel } from '@/lib/api-types';

/** Coverage on the last day of one week (its Sunday, or the range's last day), from appointment history. */
export interface CoverageHistoryPoint {
  weekStart: string;
  measuredOn: string;
  classes: number;
  classesCovered: number;
  dormitories: number;
  dormitoriesCovered: number;
  classCoverage: number;
  dormCoverage: number;
}

export interface CoverageHistoryData {
  coverageHistory: {
    level: NetworkLevel;
    from: string;
    to: string;
    points: CoverageHistoryPoint[];
  };
}

export interface CoverageHistoryVars {
  level: NetworkLevel;
  semester: string;
}

export const COVERAGE_HISTORY: TypedDocumentNode<CoverageHistoryData, CoverageHistoryVars> = gql`
  query CoverageHistory($level: NetworkLevel!, $semester: String!) {
    coverageHistory(level: $level, semester: $semester) {
      level
      from
      to
      points {
        weekStart
        measuredOn
        classes
        classesCovered
        dormitories
        dormitoriesCovered
        classCoverage
        dormCoverage
      }
    }
  }
`;
