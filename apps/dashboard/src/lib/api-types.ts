// Hand-written TypeScript mirrors of the GraphQL contract (packages/schema/schema.graphql).
// Keep in sync with the SDL; every operation document types its result with these.

export const NETWORK_LEVELS = ['UNDERGRADUATE', 'GRADUATE'] as const;
export type NetworkLevel = (typeof NETWORK_LEVELS)[number];

export const POSITIONS = ['PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY', 'COUNSELOR', 'OTHER'] as const;
export type Position = (typeof POSITIONS)[number];

export const FACILITIES = ['TALK_TABLE_CHAIRS', 'SOFA', 'TEA_TABLE', 'BOOKS'] as const;
export type Facility = (typeof FACILITIES)[number];

export const STUDENT_STATUSES = ['ENROLLED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED'] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

export const GENDERS = ['M', 'F'] as const;
export type Gender = (typeof GENDERS)[number];

export const END_REASONS = [
  'DISMISSED',
  'RESIGNED',
  'CLASS_CHANGED',
  'DORM_CHANGED',
  'SUSPENDED',
  'GRADUATED',
  'WITHDRAWN',
  'TRANSFERRED',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** The reasons a person may end a post by hand; the others are set automatically by imports. */
export const MANUAL_END_REASONS = ['DISMISSED', 'RESIGNED'] as const satisfies readonly EndReason[];

export const ROLES = ['SCHOOL_ADMIN', 'CENTER_STAFF', 'COLLEGE_LEADER', 'COUNSELOR', 'COMMITTEE_MEMBER', 'DORM_OFFICER'] as const;
export type Role = (typeof ROLES)[number];

/** Roles an administrator grants; the others follow from the linked person's assignments. */
export const GRANTABLE_ROLES = ['SCHOOL_ADMIN', 'CENTER_STAFF', 'COLLEGE_LEADER'] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export const API_SCOPES = ['METRICS_READ', 'ROSTER_READ', 'ROSTER_WRITE', 'SCREENING_WRITE'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** In the recommended import order: each kind refers only to kinds before it. */
export const ROSTER_KINDS = [
  'COLLEGES',
  'STAFF',
  'CLASSES',
  'DORMITORIES',
  'STUDENTS',
  'WORKING_GROUP',
  'WORKSTATIONS',
  'COMMITTEE_MEMBERS',
  'DORM_OFFICERS',
] as const;
export type RosterKind = (typeof ROSTER_KINDS)[number];

export interface College {
  id: string;
  code: string;
  name: string;
}

export interface Staff {
  id: string;
  staffNo: string;
  name: string;
  collegeCode: string | null;
}

export interface Student {
  id: string;
  studentNo: string;
  name: string;
  gender: Gender | null;
  classCode: string;
  className: string;
  collegeCode: string;
  dormCode: string | null;
  isDormHead: boolean | null;
  level: NetworkLevel;
  status: StudentStatus | null;
}

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  appointmentsEnded: number;
  dryRun: boolean;
  errors: ImportError[];
}

export interface RoleGrant {
  role: Role;
  collegeCode: string | null;
}

export interface User {
  id: string;
  username: string;
  displayName: string | null;
  roles: Role[];
  grants: RoleGrant[];
  staffNo: string | null;
  studentNo: string | null;
  /** A deactivated account cannot sign in */
  active: boolean;
}

/** What a signed-in user may see: every college, or some colleges, classes and dorms. */
export interface AccessScope {
  all: boolean;
  collegeCodes: string[];
  classCodes: string[];
  dormCodes: string[];
}

/** `myAccess`: the signed-in user and what the menus may offer them. */
export interface Access {
  user: User;
  rosterScope: AccessScope;
  aggregateScope: AccessScope;
  canWriteRoster: boolean;
  canManageAccess: boolean;
  canReadAudit: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  collegeCode: string | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEvent {
  id: string;
  at: string;
  actorKind: string;
  actorName: string;
  actorRoles: string;
  action: string;
  recordType: string;
  recordId: string | null;
  studentNo: string | null;
  detail: string | null;
  clientAddress: string | null;
}

export interface AuditFilter {
  actor?: string | null;
  studentNo?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
}
