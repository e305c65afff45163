import type { NetworkLevel, TrainingAudience } from '@/gql/graphql';
import { type TargetState, targetState } from './completion';

// "What is still missing" on a college's training page: the gaps a leader can act on, each with
// the people or sessions it is about. Pure, so every rule is tested (missing.test.ts).

export interface MissingSession {
  id: string;
  code: string;
  title: string;
  levels: readonly NetworkLevel[];
  audiences: readonly TrainingAudience[];
  held: boolean;
  plannedOn?: string | null;
  heldOn?: string | null;
  attendanceCount: number;
}

export interface MissingTrainee {
  studentNo: string;
  name: string;
  modulesMissing: readonly string[];
  sessionsAttended: number;
}

export interface MissingInput {
  level: NetworkLevel;
  /** Today, YYYY-MM-DD: planned dates before it are overdue. */
  today: string;
  summary: { selfDesignedSessionsHeld: number };
  programme: { modules: readonly { code: string; name: string }[]; minSelfDesignedAttendance: number; sessionTargetMin: number; sessionTargetMax: number };
  sessions: readonly MissingSession[];
  trainees: readonly MissingTrainee[];
}

export type MissingItem =
  | { kind: 'sessions'; state: TargetState; held: number; planned: number; min: number; max: number; needed: number; unplanned: number }
  | { kind: 'overdue'; sessions: MissingSession[] }
  | { kind: 'noAttendance'; sessions: MissingSession[] }
  | { kind: 'module'; code: string; name: string; trainees: MissingTrainee[] }
  | { kind: 'attendance'; min: number; trainees: MissingTrainee[] };

/**
 * A session can count for trainees of the level: it is for the level and for committee members or
 * dorm officers (the working group's own study never counts). It counts once it is held.
 */
export const forTraineesOf = (s: Pick<MissingSession, 'levels' | 'audiences'>, level: NetworkLevel): boolean =>
  s.levels.includes(level) && s.audiences.some((a) => a !== 'WORKING_GROUP');

/**
 * The gaps, most basic first: too few sessions held (and how many are not even planned), planned
 * sessions whose date has passed, held sessions with nobody recorded, then per required module
 * the trainees who have not completed it, then the trainees short of self-designed attendance.
 * `sessions` is always there (the target is the college's, with or without trainees); the others
 * only when they have something in them.
 */
export function whatIsMissing(input: MissingInput): MissingItem[] {
  const { level, today, summary, programme, sessions, trainees } = input;
  const mine = sessions.filter((s) => forTraineesOf(s, level));
  const held = summary.selfDesignedSessionsHeld;
  const planned = mine.filter((s) => !s.held).length;
  const min = programme.sessionTargetMin;
  const needed = Math.max(0, min - held);
  const items: MissingItem[] = [
    {
      kind: 'sessions',
      state: targetState(held, min, programme.sessionTargetMax),
      held,
      planned,
      min,
      max: programme.sessionTargetMax,
      needed,
      // Sessions still to plan even if every planned one is held.
      unplanned: Math.max(0, needed - planned),
    },
  ];
  const overdue = mine.filter((s) => !s.held && !!s.plannedOn && s.plannedOn < today);
  if (overdue.length > 0) items.push({ kind: 'overdue', sessions: overdue });
  const empty = mine.filter((s) => s.held && s.attendanceCount === 0);
  if (empty.length > 0) items.push({ kind: 'noAttendance', sessions: empty });
  for (const m of programme.modules) {
    const without = trainees.filter((t) => t.modulesMissing.includes(m.code));
    if (without.length > 0) items.push({ kind: 'module', code: m.code, name: m.name, trainees: without });
  }
  const min2 = programme.minSelfDesignedAttendance;
  const short = trainees.filter((t) => t.sessionsAttended < min2);
  if (min2 > 0 && short.length > 0) items.push({ kind: 'attendance', min: min2, trainees: short });
  return items;
}

/** Nothing is missing: the target is met and every trainee is complete. */
export const nothingMissing = (items: readonly MissingItem[]): boolean =>
  items.every((i) => i.kind === 'sessions' && i.state !== 'below');
