// Enumerations shared by every layer. String values are the public API names (SPEC.md §2, §7).
export const NETWORK_LEVELS = ['UNDERGRADUATE', 'GRADUATE'] as const;
export type NetworkLevel = (typeof NETWORK_LEVELS)[number];

export const STUDENT_STATUSES = ['ENROLLED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED'] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

export const POSITIONS = ['PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY', 'COUNSELOR', 'OTHER'] as const;
export type Position = (typeof POSITIONS)[number];
/** Positions a complete working group must have (SPEC.md §4). */
export const REQUIRED_POSITIONS: readonly Position[] = ['PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY', 'COUNSELOR'];

export const FACILITIES = ['TALK_TABLE_CHAIRS', 'SOFA', 'TEA_TABLE', 'BOOKS'] as const;
export type Facility = (typeof FACILITIES)[number];

export const GENDERS = ['M', 'F'] as const;
export type Gender = (typeof GENDERS)[number];

export const ROSTER_KINDS = [
  'COLLEGES',
  'CLASSES',
  'DORMITORIES',
  'STUDENTS',
  'STAFF',
  'WORKING_GROUP',
  'WORKSTATIONS',
  'COMMITTEE_MEMBERS',
  'DORM_OFFICERS',
] as const;
export type RosterKind = (typeof ROSTER_KINDS)[number];

/** Why an appointment ended. Status codes double as reasons when a student stops being enrolled. */
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

export const MAX_COMMITTEE_MEMBERS_PER_CLASS = 2;
export const MAX_OFFICERS_PER_DORM = 1;
