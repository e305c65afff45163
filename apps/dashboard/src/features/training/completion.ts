import type { RateGrade } from '@/lib/rate-scale';
import { rateGrade } from '@/lib/rate-scale';

// The training overview's figures (docs/metrics.md, "Training completion"): one definition for the
// chart, its table, the college table and their CSV exports.

/** The counts of a TrainingRow the overview orders and draws by. */
export interface CompletionCounts {
  collegeCode: string | null;
  collegeName: string | null;
  trainees: number;
  basicCompleted: number;
  basicCompletion: number;
  attendedSelfDesigned: number;
  selfDesignedAttendance: number;
  completed: number;
  completion: number;
  selfDesignedSessionsHeld: number;
}

/** Self-designed sessions held against the target (2–3 a semester): short of it, within it, or beyond it. */
export type TargetState = 'below' | 'met' | 'above';

export function targetState(held: number, min: number, max: number): TargetState {
  if (held < min) return 'below';
  return held > max ? 'above' : 'met';
}

/** For ordering only: a college with no trainees has nothing missing, so it does not rank as 0%. */
const rankRate = (rate: number, trainees: number) => (trainees === 0 ? 1 : rate);

/** Worst first: lowest completion, then lowest basic completion, then fewest sessions held, then code. */
export function trainingWorstFirst<R extends CompletionCounts>(rows: readonly R[]): R[] {
  return [...rows].sort(
    (a, b) =>
      rankRate(a.completion, a.trainees) - rankRate(b.completion, b.trainees) ||
      rankRate(a.basicCompletion, a.trainees) - rankRate(b.basicCompletion, b.trainees) ||
      a.selfDesignedSessionsHeld - b.selfDesignedSessionsHeld ||
      (a.collegeCode ?? '').localeCompare(b.collegeCode ?? ''),
  );
}

/** One bar of the completion chart: completed trainees (solid) and the rest (hatched) as shares of 100%. */
export interface CompletionPoint {
  collegeCode: string;
  collegeName: string;
  trainees: number;
  completed: number;
  notCompleted: number;
  basicCompleted: number;
  attendedSelfDesigned: number;
  sessionsHeld: number;
  /** The API's rate (completed / trainees). */
  rate: number;
  grade: RateGrade;
  completedShare: number;
  restShare: number;
}

/** The chart's bars, lowest completion first (then college code). Colleges without trainees have no bar. */
export function completionPoints(rows: readonly CompletionCounts[]): CompletionPoint[] {
  return rows
    .filter((r) => r.collegeCode !== null && r.trainees > 0)
    .map((r) => {
      const share = Math.min(1, Math.max(0, r.completion));
      return {
        collegeCode: r.collegeCode ?? '',
        collegeName: r.collegeName ?? '',
        trainees: r.trainees,
        completed: r.completed,
        notCompleted: r.trainees - r.completed,
        basicCompleted: r.basicCompleted,
        attendedSelfDesigned: r.attendedSelfDesigned,
        sessionsHeld: r.selfDesignedSessionsHeld,
        rate: r.completion,
        grade: rateGrade(r.completion, r.trainees) ?? 'low',
        completedShare: share,
        restShare: 1 - share,
      };
    })
    .sort((a, b) => a.rate - b.rate || a.collegeCode.localeCompare(b.collegeCode));
}
