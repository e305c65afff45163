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

/** Training session state: a college plans a session, then marks it held on the day it took place. */
export const SESSION_STATUSES = ['PLANNED', 'HELD'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Who a training session is for: trainees (committee members, dorm officers) or the working group's own study. */
export const TRAINING_AUDIENCES = ['COMMITTEE_MEMBERS', 'DORM_OFFICERS', 'WORKING_GROUP'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

export const TRAINING_FORMS = ['LECTURE', 'WORKSHOP', 'CASE_DISCUSSION', 'PRACTICE'] as const;
export type TrainingForm = (typeof TRAINING_FORMS)[number];

export const TRAINING_IMPORT_KINDS = ['MODULE_COMPLETIONS', 'SESSION_ATTENDANCE'] as const;
export type TrainingImportKind = (typeof TRAINING_IMPORT_KINDS)[number];

/** Screening instruments (SPEC §5); each is scored by a versioned rule set in screening.ts. */
export const INSTRUMENTS = ['UPI', 'PHQ9', 'GAD7'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** A follow-up's state (SPEC §5): PENDING → IN_PROGRESS | REFERRED | CLOSED, IN_PROGRESS → REFERRED | CLOSED, REFERRED → CLOSED. */
export const FOLLOW_UP_STATUSES = ['PENDING', 'IN_PROGRESS', 'REFERRED', 'CLOSED'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Where a student is referred: the university's Center, or a hospital. */
export const REFERRAL_TARGETS = ['CENTER', 'HOSPITAL'] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

/** UPI classes (I: flagged, II: watch, III: no concern). */
export const UPI_TIERS = ['I', 'II', 'III'] as const;
export type UpiTier = (typeof UPI_TIERS)[number];

/** What a college hands in (the notice's 附件1 and 附件3). */
export const SUBMISSION_KINDS = ['NETWORK_ROSTER', 'TRAINING_PLAN'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** NOT_STARTED|RETURNED → SUBMITTED → PAPER_RECEIVED → ACCEPTED; SUBMITTED|PAPER_RECEIVED → RETURNED. */
export const SUBMISSION_STATES = ['NOT_STARTED', 'SUBMITTED', 'PAPER_RECEIVED', 'ACCEPTED', 'RETURNED'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];
