// Metric definitions (SPEC.md §4), DHIS2 style: every rate is a named numerator over a named
// denominator, defined once here and reused by the API, the dashboard tables and the exports.

export const COVERAGE_COUNTS = [
  'classes',
  'classesCovered',
  'dormitories',
  'dormitoriesCovered',
  'committeeMembers',
  'dormOfficers',
  'colleges',
  'collegesWithCompleteWorkingGroup',
  'collegesWithWorkstation',
] as const;
export type CoverageCount = (typeof COVERAGE_COUNTS)[number];
export type CoverageCounts = Record<CoverageCount, number>;

export interface RateDefinition<K extends string> {
  name: string;
  numerator: K;
  denominator: K;
}

export const COVERAGE_RATES = [
  { name: 'classCoverage', numerator: 'classesCovered', denominator: 'classes' },
  { name: 'dormCoverage', numerator: 'dormitoriesCovered', denominator: 'dormitories' },
  { name: 'workingGroupCompleteness', numerator: 'collegesWithCompleteWorkingGroup', denominator: 'colleges' },
  { name: 'workstationPresence', numerator: 'collegesWithWorkstation', denominator: 'colleges' },
] as const satisfies readonly RateDefinition<CoverageCount>[];

/** numerator / denominator, 0 when the denominator is 0. */
export function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** The total row: the sum of the college rows, count by count. */
export function sumRows<K extends string>(keys: readonly K[], rows: readonly Record<K, number>[]): Record<K, number> {
  const total = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) for (const k of keys) total[k] += r[k];
  return total;
}
