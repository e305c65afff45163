import type { NetworkLevel } from '@/gql/graphql';

// Which page "/" is for whom: the school and the Center get the school overview; a college
// leader their college's roster; a counselor their classes (the roster page of that college shows
// only what they may read), at the level they actually have; a committee member or dorm officer
// their own post and training (/my-post).

export interface HomeScope {
  all: boolean;
  collegeCodes: readonly string[];
  classCodes: readonly string[];
  dormCodes: readonly string[];
}

export interface HomeAccess {
  aggregateScope: HomeScope;
  rosterScope: HomeScope;
  /** The person's roles (granted and from their posts); without them no one is sent to /my-post. */
  user?: { roles: readonly string[] };
}

/** Where the person's students are: a college and a level, with how many of their students are there. */
export interface HomePlace {
  collegeCode: string;
  level: NetworkLevel;
  students: number;
}

export type Home =
  | { kind: 'overview'; level: NetworkLevel }
  | { kind: 'roster'; collegeCode: string; level: NetworkLevel }
  /** A college leader: their college's completion checklist (submissions), current semester by default. */
  | { kind: 'checklist'; collegeCode: string }
  | { kind: 'myPost' }
  | { kind: 'followUps' }
  | { kind: 'nothing' };

const isEmpty = (s: HomeScope) => !s.all && s.collegeCodes.length === 0 && s.classCodes.length === 0 && s.dormCodes.length === 0;

/** The school overview is "/" itself (no look-up of where the person's students are). */
export function homeIsOverview(a: HomeAccess): boolean {
  if (a.aggregateScope.all || a.rosterScope.all) return true;
  // A leader of several colleges: the overview cut to their colleges compares them.
  return new Set(a.rosterScope.collegeCodes).size > 1 && !isEmpty(a.aggregateScope);
}

const POST_ROLES = ['COMMITTEE_MEMBER', 'DORM_OFFICER'];

/**
 * A committee member or dorm officer and nothing else (no staff role): their home is "我的岗位"
 * (/my-post, their post, duties and training), phone first.
 */
export function homeIsMyPost(a: HomeAccess): boolean {
  const roles = a.user?.roles ?? [];
  return roles.length > 0 && roles.every((r) => POST_ROLES.includes(r));
}

/** The level with the most of the person's students (undergraduate on a tie or when nothing is known). */
export function preferredLevel(places: readonly HomePlace[]): NetworkLevel {
  const count = (l: NetworkLevel) => places.filter((p) => p.level === l).reduce((n, p) => n + p.students, 0);
  return count('GRADUATE') > count('UNDERGRADUATE') ? 'GRADUATE' : 'UNDERGRADUATE';
}

/** A counselor (and no college leader): their follow-ups may be their home (screening). */
export const isCounselorHome = (a: HomeAccess): boolean =>
  (a.user?.roles ?? []).includes('COUNSELOR') && !homeIsOverview(a) && a.rosterScope.collegeCodes.length === 0;

/**
 * The person's home. `places` are where their students are (empty when none was found);
 * `colleges` the colleges they see anything in, as a fallback when no student is found;
 * `openFollowUps` a counselor's open screening follow-ups: with any, the follow-up list comes first.
 */
export function chooseHome(
  a: HomeAccess,
  places: readonly HomePlace[],
  colleges: readonly string[] = [],
  openFollowUps = 0,
  /** "我的名册" (/my-roster): the person's roster even when their home is a checklist or follow-ups. */
  rosterFirst = false,
): Home {
  const withStudents = places.filter((p) => p.students > 0);
  if (homeIsOverview(a)) return { kind: 'overview', level: a.aggregateScope.all || a.rosterScope.all ? 'UNDERGRADUATE' : preferredLevel(withStudents) };
  if (homeIsMyPost(a)) return { kind: 'myPost' };
  if (isEmpty(a.rosterScope)) return isEmpty(a.aggregateScope) ? { kind: 'nothing' } : { kind: 'overview', level: preferredLevel(withStudents) };
  // screening: a counselor with open follow-ups starts on them (their classes are one link away).
  if (!rosterFirst && openFollowUps > 0 && isCounselorHome(a)) return { kind: 'followUps' };

  // A college leader: their college's completion checklist (what is left to do and submit).
  const [leaderOf] = a.rosterScope.collegeCodes;
  if (leaderOf !== undefined && !rosterFirst) return { kind: 'checklist', collegeCode: leaderOf };

  // A counselor, committee member or dorm officer: the college of most of their students, at that level.
  const byCollege = new Map<string, number>();
  for (const p of withStudents) byCollege.set(p.collegeCode, (byCollege.get(p.collegeCode) ?? 0) + p.students);
  if (leaderOf !== undefined) return { kind: 'roster', collegeCode: leaderOf, level: preferredLevel(withStudents.filter((p) => p.collegeCode === leaderOf)) };
  const best = [...byCollege.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? colleges[0];
  if (best === undefined) return { kind: 'nothing' };
  return { kind: 'roster', collegeCode: best, level: preferredLevel(withStudents.filter((p) => p.collegeCode === best)) };
}

/** The path of a home (null for "nothing"); the overview keeps "/" so the level stays in the query. */
export function homePath(home: Home, withLevel: (path: string, level: NetworkLevel) => string): string | null {
  switch (home.kind) {
    case 'overview':
      return withLevel('/', home.level);
    case 'roster':
      return withLevel(`/colleges/${encodeURIComponent(home.collegeCode)}`, home.level);
    case 'checklist':
      return `/colleges/${encodeURIComponent(home.collegeCode)}/checklist`;
    case 'myPost':
      return '/my-post';
    case 'followUps':
      return '/follow-ups';
    case 'nothing':
      return null;
  }
}
