import type { ApiScope, EndReason, Facility, NetworkLevel, Position, Role, RosterKind, StudentStatus } from '@/gql/graphql';

// The printed schema lists enum values alphabetically; these lists keep the order users see.
// `everyValueOf` fails to compile when a list misses a value the schema has (or names one it lacks).
type Missing<T, L extends readonly T[]> = Exclude<T, L[number]>;
const everyValueOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([Missing<T, L>] extends [never] ? unknown : { missing: Missing<T, L> })): L =>
    list;

export const NETWORK_LEVELS = everyValueOf<NetworkLevel>()(['UNDERGRADUATE', 'GRADUATE']);

export const POSITIONS = everyValueOf<Position>()(['PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY', 'COUNSELOR', 'OTHER']);

export const FACILITIES = everyValueOf<Facility>()(['TALK_TABLE_CHAIRS', 'SOFA', 'TEA_TABLE', 'BOOKS']);

export const STUDENT_STATUSES = everyValueOf<StudentStatus>()(['ENROLLED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED']);

export const API_SCOPES = everyValueOf<ApiScope>()(['METRICS_READ', 'ROSTER_READ', 'ROSTER_WRITE', 'SCREENING_WRITE']);

/** In the recommended import order: each kind refers only to kinds before it. */
export const ROSTER_KINDS = everyValueOf<RosterKind>()([
  'COLLEGES',
  'STAFF',
  'CLASSES',
  'DORMITORIES',
  'STUDENTS',
  'WORKING_GROUP',
  'WORKSTATIONS',
  'COMMITTEE_MEMBERS',
  'DORM_OFFICERS',
]);

/** The reasons a person may end a post by hand; the others are set automatically by imports. */
export const MANUAL_END_REASONS = ['DISMISSED', 'RESIGNED'] as const satisfies readonly EndReason[];

/** Roles an administrator grants; the others follow from the linked person's assignments. */
export const GRANTABLE_ROLES = ['SCHOOL_ADMIN', 'CENTER_STAFF', 'COLLEGE_LEADER'] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
