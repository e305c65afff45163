import type { FollowUpStatus, ReferralTarget } from '@/gql/graphql';

// The follow-up state machine as the server enforces it (docs/screening.md "Follow-ups"). The UI
// offers only these steps; the server refuses any other on its own.
const NEXT: Record<FollowUpStatus, readonly FollowUpStatus[]> = {
  PENDING: ['IN_PROGRESS', 'REFERRED', 'CLOSED'],
  IN_PROGRESS: ['REFERRED', 'CLOSED'],
  REFERRED: ['CLOSED'],
  CLOSED: [],
};

export const FOLLOW_UP_STATUS_ORDER: readonly FollowUpStatus[] = ['PENDING', 'IN_PROGRESS', 'REFERRED', 'CLOSED'];
export const REFERRAL_TARGETS: readonly ReferralTarget[] = ['CENTER', 'HOSPITAL'];
export const NOTE_MAX = 2000;

/** The steps a follow-up in `status` may take next (none once closed, or for a reader). */
export function allowedTransitions(status: FollowUpStatus, canWork: boolean): readonly FollowUpStatus[] {
  return canWork ? NEXT[status] : [];
}

export interface StepInput {
  status: FollowUpStatus;
  note: string;
  referredTo?: ReferralTarget | null;
}

/** What is wrong with a step before it is sent (null when it may be sent). */
export function stepProblem(from: FollowUpStatus, step: StepInput): 'transition' | 'note' | 'noteTooLong' | 'referredTo' | null {
  if (!NEXT[from].includes(step.status)) return 'transition';
  const note = step.note.trim();
  if (note === '') return 'note';
  if (note.length > NOTE_MAX) return 'noteTooLong';
  if (step.status === 'REFERRED' && !step.referredTo) return 'referredTo';
  return null;
}

export interface OrderableFollowUp {
  status: FollowUpStatus;
  overdue: boolean;
  urgent: boolean;
  dueAt: string;
}

/** The server's order, for rows kept on the client: open first, then overdue, urgent, by due time. */
export function compareFollowUps(a: OrderableFollowUp, b: OrderableFollowUp): number {
  const open = (f: OrderableFollowUp) => (f.status === 'CLOSED' ? 1 : 0);
  return (
    open(a) - open(b) ||
    Number(b.overdue) - Number(a.overdue) ||
    Number(b.urgent) - Number(a.urgent) ||
    Date.parse(a.dueAt) - Date.parse(b.dueAt)
  );
}

/** How a row is highlighted: overdue wins over urgent; closed rows are never highlighted. */
export function rowTone(f: Pick<OrderableFollowUp, 'status' | 'overdue' | 'urgent'>): 'overdue' | 'urgent' | null {
  if (f.status === 'CLOSED') return null;
  if (f.overdue) return 'overdue';
  if (f.urgent) return 'urgent';
  return null;
}

export interface StatusCounts {
  collegeName?: string | null;
  collegeCode?: string | null;
  pending?: number | null;
  inProgress?: number | null;
  referred?: number | null;
  closed?: number | null;
  overdue?: number | null;
  suppressed?: boolean;
}

export interface ChartBar {
  name: string;
  /** Pending and not yet overdue: the overdue part is its own segment. */
  pendingOnTime: number;
  overdue: number;
  inProgress: number;
  referred: number;
  closed: number;
}

/** Stacked bar data: overdue is split out of pending so it stands out; withheld rows are left out. */
export function chartBars(rows: readonly StatusCounts[]): ChartBar[] {
  return rows
    .filter((r) => !r.suppressed)
    .map((r) => {
      const pending = r.pending ?? 0;
      const overdue = Math.min(r.overdue ?? 0, pending);
      return {
        name: r.collegeName ?? r.collegeCode ?? '',
        pendingOnTime: pending - overdue,
        overdue,
        inProgress: r.inProgress ?? 0,
        referred: r.referred ?? 0,
        closed: r.closed ?? 0,
      };
    });
}

/** Alerts menu text: "99+" past 99, nothing at 0. */
export function unreadBadge(n: number): string {
  if (n <= 0) return '';
  return n > 99 ? '99+' : String(n);
}
