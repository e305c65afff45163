import type { Role } from '@/gql/graphql';
import type { Access } from '@/lib/auth/my-access.query';

// Who may do what with submissions (docs/submissions.md). The UI only hides what the server
// would refuse; the server checks every rule on its own.

type RoleAccess = Pick<Access, 'writeScope'> & { user: { roles: readonly Role[] } };

const has = (a: RoleAccess, ...roles: Role[]) => roles.some((r) => a.user.roles.includes(r));

/** The matrix of every college (/submissions): the school administration and the Center. */
export const canSeeMatrix = (a: RoleAccess): boolean => has(a, 'SCHOOL_ADMIN', 'CENTER_STAFF');

/** Paper receipt, acceptance and return: the Center. */
export const isCenter = (a: RoleAccess): boolean => has(a, 'CENTER_STAFF');

/** Due dates (setSubmissionDeadline): the school administration. */
export const canSetDeadline = (a: RoleAccess): boolean => has(a, 'SCHOOL_ADMIN');

/** A college's checklist: its leaders, and the school administration and Center. */
export const canSeeChecklist = (a: RoleAccess): boolean => has(a, 'SCHOOL_ADMIN', 'CENTER_STAFF', 'COLLEGE_LEADER');

/** A college leader: "完成情况" in the navigation. */
export const isCollegeLeader = (a: RoleAccess): boolean => has(a, 'COLLEGE_LEADER');

/** Submitting: the college's leaders and the school administration. */
export const canSubmit = (a: RoleAccess, collegeCode: string): boolean =>
  has(a, 'SCHOOL_ADMIN') || (has(a, 'COLLEGE_LEADER') && (a.writeScope.all || a.writeScope.collegeCodes.includes(collegeCode)));
