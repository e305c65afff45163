import type { Role } from '@/gql/graphql';
import type { Access } from '@/lib/auth/my-access.query';

// Who may do what with training records (docs/training.md, "Who does what"). The UI only hides
// what the server would refuse; the server checks every rule on its own.

type RoleAccess = Pick<Access, 'writeScope' | 'rosterScope'> & { user: { roles: readonly Role[] } };

const has = (a: RoleAccess, ...roles: Role[]) => roles.some((r) => a.user.roles.includes(r));

/** The school administration and the Center read and write every college's training. */
export const isSchoolWide = (a: RoleAccess): boolean => has(a, 'SCHOOL_ADMIN', 'CENTER_STAFF');

/** Sessions, attendance and completions of a college: admin and Center all, a leader their own. */
export const canWriteTraining = (a: RoleAccess, collegeCode: string): boolean =>
  isSchoolWide(a) || (has(a, 'COLLEGE_LEADER') && (a.writeScope.all || a.writeScope.collegeCodes.includes(collegeCode)));

/** Someone who reads some college's trainees: admin, Center, leaders, counselors (their classes). */
export const canReadTraining = (a: RoleAccess): boolean => isSchoolWide(a) || has(a, 'COLLEGE_LEADER', 'COUNSELOR');

/** Setting a semester's required modules (setTrainingProgramme): the Center and the school administration. */
export const canSetProgramme = (a: RoleAccess): boolean => isSchoolWide(a);

/** The semester calendar (setSemester): the school administration. */
export const canSetCalendar = (a: RoleAccess): boolean => has(a, 'SCHOOL_ADMIN');

/** A committee member or dorm officer: "我的岗位" is theirs. */
export const holdsPost = (a: RoleAccess): boolean => has(a, 'COMMITTEE_MEMBER', 'DORM_OFFICER');
