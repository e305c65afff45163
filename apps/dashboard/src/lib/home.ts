import type { NetworkLevel } from '@/gql/graphql';

// Which page "/" is for whom: the school and the Center get the school overview; a college
// leader their college's roster; a counselor their classes, a committee member their class and a
// dorm officer their dorm (the roster page of that college shows only what they may read), at
// the level they actually have.

export interface HomeScope {
  all: boolean;
  collegeCodes: readonly string[];
  classCodes: readonly string[];
  dormCodes: readonly string[];
}

export interface HomeAccess {
  aggregateScope: HomeScope;
  rosterScope: HomeScope;
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
  | { kind: 'nothing' };

const isEmpty = (s: HomeScope) => !s.all && s.collegeCodes.length === 0 && s.classCodes.length === 0 && s.dormCodes.length === 0;

/** The school overview is "/" itself (no look-up of where the person's students are). */
export function homeIsOverview(a: HomeAccess): boolean {
  if (a.aggregateScope.all || a.rosterScope.all) return true;
  // A leader of several colleges: the overview cut to their colleges compares them.
  return new Set(a.rosterScope.collegeCodes).size > 1 && !isEmpty(a.aggregateScope);
}

/** The level with the most of the person's students (undergraduate on a tie or when nothing is known). */
export function preferredLevel(places: readonly HomePlace[]): NetworkLevel {
  const count = (l: NetworkLevel) => places.filter((p) => p.level === l).reduce((n, p) => n + p.students, 0);
  return count('GRADUATE') > count('UNDERGRADUATE') ? 'GRADUATE' : 'UNDERGRADUATE';
}

/**
 * The person's home. `places` are where their students are (empty when none was found);
 * `colleges` the colleges they see anything in, as a fallback when no student is found.
 */
export function chooseHome(a: HomeAccess, places: readonly HomePlace[], colleges: readonly string[] = []): Home {
  const withStudents = places.filter((p) => p.students > 0);
  if (homeIsOverview(a)) return { kind: 'overview', level: a.aggregateScope.all || a.rosterScope.all ? 'UNDERGRADUATE' : preferredLevel(withStudents) };
  if (isEmpty(a.rosterScope)) return isEmpty(a.aggregateScope) ? { kind: 'nothing' } : { kind: 'overview', level: preferredLevel(withStudents) };

  // A college leader: their college, at the level where it has students.
  const [leaderOf] = a.rosterScope.collegeCodes;
  if (leaderOf !== undefined) {
    return { kind: 'roster', collegeCode: leaderOf, level: preferredLevel(withStudents.filter((p) => p.collegeCode === leaderOf)) };
  }

  // A counselor, committee member or dorm officer: the college of most of their students, at that level.
  const byCollege = new Map<string, number>();
  for (const p of withStudents) byCollege.set(p.collegeCode, (byCollege.get(p.collegeCode) ?? 0) + p.students);
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
    case 'nothing':
      return null;
  }
}
