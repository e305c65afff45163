import type { NetworkLevel, SubmissionKind, SubmissionState } from '@/gql/graphql';
import type { MessageKey } from '@/lib/i18n/i18n';
import { withLevel } from '@/lib/level';

// Pure rules of the submissions pages: the colour and words of a state, the due-date text, which
// Center actions a state allows (the server's transitions in docs/submissions.md) and where a
// checklist line is fixed.

export type Tone = 'done' | 'progress' | 'attention' | 'idle';

export const STATE_TONE: Record<SubmissionState, Tone> = {
  NOT_STARTED: 'idle',
  SUBMITTED: 'progress',
  PAPER_RECEIVED: 'progress',
  ACCEPTED: 'done',
  RETURNED: 'attention',
};

export const STATE_ORDER: SubmissionState[] = ['NOT_STARTED', 'RETURNED', 'SUBMITTED', 'PAPER_RECEIVED', 'ACCEPTED'];

export const stateKey = (s: SubmissionState): MessageKey => `submissions.state.${s}`;

// Colours with at least 4.5:1 contrast of text on background; the label always goes with them.
export const TONE_STYLE: Record<Tone, { color: string; background: string; borderColor: string }> = {
  done: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  progress: { color: '#003a8c', background: '#e6f4ff', borderColor: '#69b1ff' },
  attention: { color: '#820014', background: '#fff1f0', borderColor: '#ff7875' },
  idle: { color: '#434343', background: '#f5f5f5', borderColor: '#bfbfbf' },
};

/** A NOT_STARTED or RETURNED row past its due date needs chasing: shown as attention. */
export function stateTone(state: SubmissionState, daysLeft: number | null | undefined): Tone {
  if ((state === 'NOT_STARTED' || state === 'RETURNED') && daysLeft != null && daysLeft < 0) return 'attention';
  return STATE_TONE[state];
}

/** The due-date text: "还剩 3 天", "今天截止", "已逾期 2 天"; null once submitted (nothing is due). */
export function dueText(daysLeft: number | null | undefined): { key: MessageKey; days: number } | null {
  if (daysLeft == null) return null;
  if (daysLeft > 0) return { key: 'submissions.daysLeft', days: daysLeft };
  if (daysLeft === 0) return { key: 'submissions.dueToday', days: 0 };
  return { key: 'submissions.daysLate', days: -daysLeft };
}

/** Still owed: nothing submitted yet, or returned for a new version. */
export const isOwed = (s: SubmissionState): boolean => s === 'NOT_STARTED' || s === 'RETURNED';

export type CenterAction = 'paper' | 'accept' | 'return';

/** The Center's actions a state allows: paper copy after submission, accept after the paper, return before acceptance. */
export function centerActions(s: SubmissionState): CenterAction[] {
  switch (s) {
    case 'SUBMITTED':
      return ['paper', 'return'];
    case 'PAPER_RECEIVED':
      return ['accept', 'return'];
    default:
      return [];
  }
}

/** A college (leaders, the school administration) may submit a new version. */
export const canSubmitState = (s: SubmissionState): boolean => isOwed(s);

export type LineState = 'done' | 'blocking' | 'warning';

export function lineState(item: { done: boolean; blocking: boolean }): LineState {
  if (item.done) return 'done';
  return item.blocking ? 'blocking' : 'warning';
}

/** The page that fixes a checklist line (null: the line itself carries the action). */
export function fixPath(key: string, collegeCode: string, level: NetworkLevel | null | undefined, semester: string): string | null {
  const college = `/colleges/${encodeURIComponent(collegeCode)}`;
  const lvl: NetworkLevel = level ?? 'UNDERGRADUATE';
  switch (key) {
    case 'WORKING_GROUP':
    case 'CLASSES_WITHOUT_MEMBER':
    case 'DORMS_WITHOUT_OFFICER':
    case 'WORKSTATION':
      return withLevel(college, lvl);
    case 'TRAINEES_NOT_COMPLETED':
    case 'TRAINING_PLAN_SESSIONS':
      {
        const p = withLevel(`${college}/training`, lvl);
        return `${p}${p.includes('?') ? '&' : '?'}semester=${encodeURIComponent(semester)}`;
      }
    case 'OVERDUE_FOLLOW_UPS':
      return '/follow-ups';
    default:
      return null;
  }
}

/** What is submitted: "附件1 · 本科生", "附件3". */
export function requirementKey(kind: SubmissionKind): MessageKey {
  return kind === 'NETWORK_ROSTER' ? 'submissions.kind.NETWORK_ROSTER' : 'submissions.kind.TRAINING_PLAN';
}

/** The matrix columns: the roster at each level, then the plan. */
export type Requirement = { kind: SubmissionKind; level: NetworkLevel | null };
export const REQUIREMENTS: Requirement[] = [
  { kind: 'NETWORK_ROSTER', level: 'UNDERGRADUATE' },
  { kind: 'NETWORK_ROSTER', level: 'GRADUATE' },
  { kind: 'TRAINING_PLAN', level: null },
];

export const sameRequirement = (r: Requirement, s: { kind: SubmissionKind; level?: NetworkLevel | null }) =>
  r.kind === s.kind && (r.level ?? null) === (s.level ?? null);
