import { graphql } from '@/gql';
import type { CoverageHistoryQuery } from '@/gql/graphql';

export const COVERAGE_HISTORY = graphql(`
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
`);

/** Coverage on the last day of one week (its Sunday, or the range's last day), from appointment history. */
export type CoverageHistoryPoint = CoverageHistoryQuery['coverageHistory']['points'][number];
