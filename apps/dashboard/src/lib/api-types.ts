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
  gender: Gender;
  classCode: string;
  className: string;
  collegeCode: string;
  dormCode: string | null;
  isDormHead: boolean;
  level: NetworkLevel;
  status: StudentStatus;
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
