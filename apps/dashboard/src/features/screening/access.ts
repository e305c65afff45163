import type { Role } from '@/gql/graphql';
import type { Access } from '@/lib/auth/my-access.query';
import { canSeeAggregates } from '@/lib/auth/access';

// Who sees what of screening (docs/screening.md, table at the top). The UI only hides what the
// server would refuse; the server checks every rule on its own.

type RoleAccess = { user: { roles: readonly Role[] } };
const has = (a: RoleAccess, ...roles: Role[]) => roles.some((r) => a.user.roles.includes(r));

/** The follow-up report (/screening): anyone who sees aggregates. */
export const canSeeScreeningReport = (a: Access): boolean => canSeeAggregates(a);

/** The follow-up list and alerts: the Center, college leaders, counselors. */
export const canReadFollowUps = (a: RoleAccess): boolean => has(a, 'CENTER_STAFF', 'COLLEGE_LEADER', 'COUNSELOR');

/** Working follow-ups (start, refer, close): the Center and class counselors; leaders only read. */
export const canWorkFollowUps = (a: RoleAccess): boolean => has(a, 'CENTER_STAFF', 'COUNSELOR');

/** Answers of a result: the Center and the class counselor. */
export const canReadAnswers = (a: RoleAccess): boolean => has(a, 'CENTER_STAFF', 'COUNSELOR');

/** Campaigns, imports and rescoring: the Center. */
export const canRunScreening = (a: RoleAccess): boolean => has(a, 'CENTER_STAFF');
