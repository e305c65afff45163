// Access policies (SPEC.md §6): pure functions from an actor to what it may do. Services turn a
// Scope into a query filter, so lists, nested fields and lookups by id share one rule.

export const ROLES = ['SCHOOL_ADMIN', 'CENTER_STAFF', 'COLLEGE_LEADER', 'COUNSELOR', 'COMMITTEE_MEMBER', 'DORM_OFFICER'] as const;
export type Role = (typeof ROLES)[number];
/** Roles an administrator grants; the others follow from a person's current assignments. */
export const GRANTABLE_ROLES: readonly Role[] = ['SCHOOL_ADMIN', 'CENTER_STAFF', 'COLLEGE_LEADER'];

export const API_SCOPES = ['METRICS_READ', 'ROSTER_READ', 'ROSTER_WRITE', 'SCREENING_WRITE'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** A signed-in person, with the units their roles attach to (ids of colleges, classes, dorms). */
export interface UserActor {
  kind: 'user';
  userId: number;
  username: string;
  /** Granted roles (SCHOOL_ADMIN, CENTER_STAFF, COLLEGE_LEADER with collegeIds). */
  admin: boolean;
  center: boolean;
  leaderOf: number[];
  /** Derived from current assignments: counselor of classes, committee member of a class, officer of a dorm. */
  counselorOf: number[];
  committeeOf: number[];
  officerOf: number[];
}

export interface TokenActor {
  kind: 'token';
  tokenId: number;
  name: string;
  scopes: ApiScope[];
  /** null: every college */
  collegeId: number | null;
}

/** The command line and the demo loader: trusted local operators. */
export interface SystemActor {
  kind: 'system';
  name: string;
}

export interface AnonymousActor {
  kind: 'anonymous';
}

export type Actor = UserActor | TokenActor | SystemActor | AnonymousActor;

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

/** The roles an actor holds now, for display and audit. */
export function rolesOf(a: Actor): Role[] {
  if (a.kind !== 'user') return [];
  const r: Role[] = [];
  if (a.admin) r.push('SCHOOL_ADMIN');
  if (a.center) r.push('CENTER_STAFF');
  if (a.leaderOf.length) r.push('COLLEGE_LEADER');
  if (a.counselorOf.length) r.push('COUNSELOR');
  if (a.committeeOf.length) r.push('COMMITTEE_MEMBER');
  if (a.officerOf.length) r.push('DORM_OFFICER');
  return r;
}

/**
 * Which rows an actor may see or change: everything, nothing, or the union of some colleges,
 * classes and dorms. A student is in scope when their college, class or dorm is.
 */
export type Scope = { all: true } | { all: false; collegeIds: number[]; classIds: number[]; dormIds: number[] };

export const ALL: Scope = { all: true };
export const NONE: Scope = { all: false, collegeIds: [], classIds: [], dormIds: [] };

export function isNone(s: Scope): boolean {
  return !s.all && s.collegeIds.length === 0 && s.classIds.length === 0 && s.dormIds.length === 0;
}

function union(...parts: Partial<Omit<Extract<Scope, { all: false }>, 'all'>>[]): Scope {
  const u = (k: 'collegeIds' | 'classIds' | 'dormIds') => [...new Set(parts.flatMap((p) => p[k] ?? []))];
  return { all: false, collegeIds: u('collegeIds'), classIds: u('classIds'), dormIds: u('dormIds') };
}

const tokenScope = (a: TokenActor, needed: ApiScope): Scope => {
  if (!a.scopes.includes(needed)) return NONE;
  return a.collegeId === null ? ALL : union({ collegeIds: [a.collegeId] });
};

/** Aggregates (coverage, completion): admin and Center all; leaders their college; counselors their classes. */
export function aggregateScope(a: Actor): Scope {
  switch (a.kind) {
    case 'system':
      return ALL;
    case 'anonymous':
      return NONE;
    case 'token':
      return tokenScope(a, 'METRICS_READ');
    case 'user':
      if (a.admin || a.center) return ALL;
      return union({ collegeIds: a.leaderOf }, { classIds: a.counselorOf });
  }
}

/** Names on the roster (students, appointments): committee members see their class, officers their dorm. */
export function rosterReadScope(a: Actor): Scope {
  switch (a.kind) {
    case 'system':
      return ALL;
    case 'anonymous':
      return NONE;
    case 'token':
      return tokenScope(a, 'ROSTER_READ');
    case 'user':
      if (a.admin || a.center) return ALL;
      return union({ collegeIds: a.leaderOf }, { classIds: [...a.counselorOf, ...a.committeeOf] }, { dormIds: a.officerOf });
  }
}

/**
 * Students whose details (status, gender, dorm) the actor may see besides their name and number.
 * Committee members and dorm officers see names only (SPEC.md §6): a posts-only scope gives NONE
 * here, so the rows it reaches in rosterReadScope are names-only.
 */
export function rosterDetailScope(a: Actor): Scope {
  if (a.kind !== 'user') return rosterReadScope(a);
  if (a.admin || a.center) return ALL;
  return union({ collegeIds: a.leaderOf }, { classIds: a.counselorOf });
}

/** Changing the roster (imports, appointments, working groups): admin all, leaders their college. */
export function rosterWriteScope(a: Actor): Scope {
  switch (a.kind) {
    case 'system':
      return ALL;
    case 'anonymous':
      return NONE;
    case 'token':
      return tokenScope(a, 'ROSTER_WRITE');
    case 'user':
      if (a.admin) return ALL;
      return union({ collegeIds: a.leaderOf });
  }
}

/**
 * Appointing and ending class committee members (班级心理委员): the roster write scope plus a
 * counselor's own classes, since the counselor runs the class election (SPEC.md §6). Only these two
 * operations widen: dorm officers, working groups, workstations and every import stay with
 * rosterWriteScope (the college). A token with ROSTER_WRITE keeps its college.
 */
export function committeeWriteScope(a: Actor): Scope {
  const roster = rosterWriteScope(a);
  if (a.kind !== 'user' || roster.all) return roster;
  return union(roster, { classIds: a.counselorOf });
}

/**
 * Training records (programmes, sessions, attendance, completions) of a college's trainees:
 * admin and Center all, leaders their college, counselors their classes (SPEC.md §6). A committee
 * member or officer reads only their own record, which services check against the linked student.
 */
export function trainingReadScope(a: Actor): Scope {
  switch (a.kind) {
    case 'system':
      return ALL;
    case 'anonymous':
      return NONE;
    case 'token':
      // Other tools read completion through the aggregate (METRICS_READ) and the roster scope.
      return tokenScope(a, 'ROSTER_READ');
    case 'user':
      if (a.admin || a.center) return ALL;
      return union({ collegeIds: a.leaderOf }, { classIds: a.counselorOf });
  }
}

/** Writing training records: admin and Center all, leaders their college, ROSTER_WRITE tokens their college. */
export function trainingWriteScope(a: Actor): Scope {
  switch (a.kind) {
    case 'system':
      return ALL;
    case 'anonymous':
      return NONE;
    case 'token':
      return tokenScope(a, 'ROSTER_WRITE');
    case 'user':
      if (a.admin || a.center) return ALL;
      return union({ collegeIds: a.leaderOf });
  }
}

/** Setting a semester's training programme and the semester calendar: the Center and the school administration. */
export const canSetProgramme = (a: Actor): boolean => a.kind === 'system' || (a.kind === 'user' && (a.admin || a.center));

/**
 * Individual screening results with their answers and scores (SPEC §6): the Center all, a
 * counselor their own classes' students. The school administration sees aggregates only, leaders
 * see follow-ups with the tier but never answers, and no token reads individual results.
 */
export function screeningResultScope(a: Actor): Scope {
  if (a.kind === 'system') return ALL;
  if (a.kind !== 'user') return NONE;
  if (a.center) return ALL;
  return union({ classIds: a.counselorOf });
}

/** Follow-ups (status, due time, tier, steps): the Center all, leaders their college, counselors their classes. */
export function followUpReadScope(a: Actor): Scope {
  if (a.kind === 'system') return ALL;
  if (a.kind !== 'user') return NONE;
  if (a.center) return ALL;
  return union({ collegeIds: a.leaderOf }, { classIds: a.counselorOf });
}

/** Working a follow-up (start, refer, close): the Center and the counselors of the student's class. */
export function followUpWriteScope(a: Actor): Scope {
  if (a.kind === 'system') return ALL;
  if (a.kind !== 'user') return NONE;
  if (a.center) return ALL;
  return union({ classIds: a.counselorOf });
}

/** Creating campaigns, importing results and rescoring: the Center, and SCREENING_WRITE tokens. */
export function canRunScreening(a: Actor): boolean {
  if (a.kind === 'system') return true;
  if (a.kind === 'token') return a.scopes.includes('SCREENING_WRITE') && a.collegeId === null;
  return a.kind === 'user' && a.center;
}

/** Submission states and dates (SPEC §7): admin and Center all, leaders their college, METRICS_READ tokens. */
export function submissionReadScope(a: Actor): Scope {
  switch (a.kind) {
    case 'system':
      return ALL;
    case 'anonymous':
      return NONE;
    case 'token':
      return tokenScope(a, 'METRICS_READ');
    case 'user':
      if (a.admin || a.center) return ALL;
      return union({ collegeIds: a.leaderOf });
  }
}

/** Submitting for a college: its leaders and the school administration (people only). */
export function submitScope(a: Actor): Scope {
  if (a.kind === 'system') return ALL;
  if (a.kind !== 'user') return NONE;
  if (a.admin) return ALL;
  return union({ collegeIds: a.leaderOf });
}

/** Recording paper copies, accepting and returning submissions: the Center only. */
export const canReviewSubmissions = (a: Actor): boolean => a.kind === 'system' || (a.kind === 'user' && a.center);
/** Setting submission deadlines: the school administration (学生工作处). */
export const canSetDeadlines = (a: Actor): boolean => a.kind === 'system' || (a.kind === 'user' && a.admin);

/** Student contact data: admin and Center all, leaders their college, counselors their classes; never tokens. */
export function contactReadScope(a: Actor): Scope {
  if (a.kind === 'system') return ALL;
  if (a.kind !== 'user') return NONE;
  if (a.admin || a.center) return ALL;
  return union({ collegeIds: a.leaderOf }, { classIds: a.counselorOf });
}

/** Managing accounts and API tokens. */
export const canManageAccess = (a: Actor): boolean => a.kind === 'system' || (a.kind === 'user' && a.admin);
/** Browsing the audit log. */
export const canReadAudit = (a: Actor): boolean => a.kind === 'system' || (a.kind === 'user' && (a.admin || a.center));

/** Whether a unit (college, and optionally class/dorm) is inside a scope. */
export function inScope(s: Scope, unit: { collegeId: number; classId?: number | null; dormId?: number | null }): boolean {
  if (s.all) return true;
  return (
    s.collegeIds.includes(unit.collegeId) ||
    (unit.classId != null && s.classIds.includes(unit.classId)) ||
    (unit.dormId != null && s.dormIds.includes(unit.dormId))
  );
}
