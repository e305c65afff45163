// Metric definitions (docs/metrics.md), DHIS2 style: every rate is a named numerator over a named
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

export type CoverageRateName = (typeof COVERAGE_RATES)[number]['name'];

type RateOf<K extends CoverageCount> = Extract<(typeof COVERAGE_RATES)[number], { numerator: K; denominator: K }>['name'];

/** Every rate of COVERAGE_RATES whose counts are present (a roster summary has no college counts). */
export function coverageRates<K extends CoverageCount>(counts: Record<K, number>): Record<RateOf<K>, number> {
  const c = counts as Partial<Record<CoverageCount, number>>;
  const out: Record<string, number> = {};
  for (const r of COVERAGE_RATES) {
    const n = c[r.numerator];
    const d = c[r.denominator];
    if (n !== undefined && d !== undefined) out[r.name] = rate(n, d);
  }
  return out as Record<RateOf<K>, number>;
}

/**
 * A post (committee member of a class, officer of a dorm) counts only while it has not ended and
 * its student is still ENROLLED in that same class / dorm. The SQL twin is unitsSql in the server.
 */
export function isActivePost(post: { endedOn: string | null; unitId: number }, holder: { status: string; unitId: number | null }): boolean {
  return post.endedOn === null && holder.status === 'ENROLLED' && holder.unitId === post.unitId;
}

/** Training completion of a semester (SPEC §4), per college × level; the SQL is trainingCompletionSql in the server. */
export const TRAINING_COUNTS = ['trainees', 'basicCompleted', 'selfDesignedSessionsHeld', 'attendedSelfDesigned', 'completed'] as const;
export type TrainingCount = (typeof TRAINING_COUNTS)[number];
export type TrainingCounts = Record<TrainingCount, number>;

export const TRAINING_RATES = [
  { name: 'basicCompletion', numerator: 'basicCompleted', denominator: 'trainees' },
  { name: 'selfDesignedAttendance', numerator: 'attendedSelfDesigned', denominator: 'trainees' },
  { name: 'completion', numerator: 'completed', denominator: 'trainees' },
] as const satisfies readonly RateDefinition<TrainingCount>[];
export type TrainingRateName = (typeof TRAINING_RATES)[number]['name'];

export function trainingRates(c: TrainingCounts): Record<TrainingRateName, number> {
  return Object.fromEntries(TRAINING_RATES.map((r) => [r.name, rate(c[r.numerator], c[r.denominator])])) as Record<TrainingRateName, number>;
}

/** Screening follow-up (SPEC §4), per college × level; the SQL is followUpByCollegeSql in the server. */
export const FOLLOW_UP_COUNTS = ['screened', 'flagged', 'pending', 'inProgress', 'referred', 'closed', 'overdue'] as const;
export type FollowUpCount = (typeof FOLLOW_UP_COUNTS)[number];
export type FollowUpCounts = Record<FollowUpCount, number>;

/** Follow-ups are one per flagged result: pending + inProgress + referred + closed. */
export const followUpTotal = (c: FollowUpCounts): number => c.pending + c.inProgress + c.referred + c.closed;

export function followUpRates(c: FollowUpCounts): { flaggedRate: number; closedRate: number; overdueRate: number } {
  const all = followUpTotal(c);
  return { flaggedRate: rate(c.flagged, c.screened), closedRate: rate(c.closed, all), overdueRate: rate(c.overdue, all) };
}
