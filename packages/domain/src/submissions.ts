// Submissions of the notice's 附件1 (network roster, per level) and 附件3 (training plan): states,
// deadlines and the rules of what blocks a submission (SPEC §7).
import type { SubmissionKind, SubmissionState } from './enums.js';
import { type Text, tx } from './i18n.js';
import { parseSemester } from './periods.js';
import { SELF_DESIGNED_TARGET } from './training.js';

export type SubmissionAction = 'SUBMIT' | 'RECORD_PAPER' | 'ACCEPT' | 'RETURN';

const NEXT: Record<SubmissionAction, { from: readonly SubmissionState[]; to: SubmissionState }> = {
  SUBMIT: { from: ['NOT_STARTED', 'RETURNED'], to: 'SUBMITTED' },
  RECORD_PAPER: { from: ['SUBMITTED'], to: 'PAPER_RECEIVED' },
  ACCEPT: { from: ['PAPER_RECEIVED'], to: 'ACCEPTED' },
  RETURN: { from: ['SUBMITTED', 'PAPER_RECEIVED'], to: 'RETURNED' },
};

const STATE_ZH: Record<SubmissionState, string> = { NOT_STARTED: '未提交', SUBMITTED: '已提交电子版', PAPER_RECEIVED: '已收纸质版', ACCEPTED: '已通过', RETURNED: '已退回' };
const ACTION_ZH: Record<SubmissionAction, string> = { SUBMIT: '提交', RECORD_PAPER: '登记纸质版', ACCEPT: '通过', RETURN: '退回' };

/** The state after an action, or why the action is refused in this state. */
export function submissionTransition(state: SubmissionState, action: SubmissionAction): { to: SubmissionState } | { problem: Text } {
  const rule = NEXT[action];
  if (rule.from.includes(state)) return { to: rule.to };
  return {
    problem: tx(
      `cannot ${action.toLowerCase().replace('_', ' ')} a submission that is ${state}`,
      `“${STATE_ZH[state]}”状态的报送不能${ACTION_ZH[action]}`,
    ),
  };
}

/** Still owed by the college: it may (again) be submitted, so a due date applies. */
export const isOwedState = (state: SubmissionState): boolean => NEXT.SUBMIT.from.includes(state);

/** Default due date: 1 November of an autumn semester (notice §三); 1 April of a spring one. */
export function defaultDueOn(semester: string): string | null {
  const range = parseSemester(semester);
  if (!range) return null;
  const [y1, y2, n] = semester.split('-');
  return n === '1' ? `${y1}-11-01` : `${y2}-04-01`;
}

/** Whole days from `today` to `dueOn` (negative: late by that many). */
export function daysUntil(dueOn: string, today: string): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Why a training plan cannot be submitted: fewer than 2 self-designed sessions (held or planned). */
export function planProblem(sessions: number): Text | null {
  return sessions >= SELF_DESIGNED_TARGET.min
    ? null
    : tx(
        `the training plan has ${sessions} self-designed sessions; at least ${SELF_DESIGNED_TARGET.min} are needed`,
        `培训计划只有 ${sessions} 场自主设计培训，至少需要 ${SELF_DESIGNED_TARGET.min} 场`,
      );
}

export const SUBMISSION_LABELS: Record<SubmissionKind, Text> = {
  NETWORK_ROSTER: tx('Network roster (Annex 1)', '工作网络名单（附件1）'),
  TRAINING_PLAN: tx('Training plan (Annex 3)', '培训计划（附件3）'),
};
