import { registerEnumType } from 'type-graphql';
import {
  API_SCOPES,
  type ApiScope as ApiScopeT,
  END_REASONS,
  type EndReason as EndReasonT,
  FACILITIES,
  type Facility as FacilityT,
  GENDERS,
  type Gender as GenderT,
  NETWORK_LEVELS,
  type NetworkLevel as NetworkLevelT,
  POSITIONS,
  type Position as PositionT,
  ROLES,
  type Role as RoleT,
  ROSTER_KINDS,
  type RosterKind as RosterKindT,
  STUDENT_STATUSES,
  type StudentStatus as StudentStatusT,
  SESSION_STATUSES,
  type SessionStatus as SessionStatusT,
  TRAINING_AUDIENCES,
  type TrainingAudience as TrainingAudienceT,
  TRAINING_FORMS,
  type TrainingForm as TrainingFormT,
  TRAINING_IMPORT_KINDS,
  type TrainingImportKind as TrainingImportKindT,
  INSTRUMENTS,
  type Instrument as InstrumentT,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus as FollowUpStatusT,
  REFERRAL_TARGETS,
  type ReferralTarget as ReferralTargetT,
  UPI_TIERS,
  type UpiTier as UpiTierT,
  SUBMISSION_KINDS,
  type SubmissionKind as SubmissionKindT,
  SUBMISSION_STATES,
  type SubmissionState as SubmissionStateT,
} from '@carenet/domain';

// The public enums (docs/api.md) are the domain's `as const` lists, registered here (docs/decisions.md):
// the schema types use the domain's string unions, so nothing converts between two enum worlds.

/** `{ A: 'A', ... }` from a domain list, the plain object type-graphql registers; values keep the list's order. */
function enumObject<const T extends readonly string[]>(values: T): { readonly [K in T[number]]: K } {
  return Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as { readonly [K in T[number]]: K };
}

export const NetworkLevel = enumObject(NETWORK_LEVELS);
export type NetworkLevel = NetworkLevelT;
export const StudentStatus = enumObject(STUDENT_STATUSES);
export type StudentStatus = StudentStatusT;
export const Gender = enumObject(GENDERS);
export type Gender = GenderT;
export const Position = enumObject(POSITIONS);
export type Position = PositionT;
export const Facility = enumObject(FACILITIES);
export type Facility = FacilityT;
export const RosterKind = enumObject(ROSTER_KINDS);
export type RosterKind = RosterKindT;
export const EndReason = enumObject(END_REASONS);
export type EndReason = EndReasonT;
export const Role = enumObject(ROLES);
export type Role = RoleT;
export const ApiScope = enumObject(API_SCOPES);
export type ApiScope = ApiScopeT;

registerEnumType(NetworkLevel, { name: 'NetworkLevel', description: '本科生 / 研究生: every network exists once per level' });
registerEnumType(StudentStatus, { name: 'StudentStatus', description: '学籍状态' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(Position, { name: 'Position', description: 'Working-group position (职务)' });
registerEnumType(Facility, { name: 'Facility', description: 'Workstation facility (谈话桌椅, 沙发, 茶几, 书籍)' });
registerEnumType(RosterKind, { name: 'RosterKind' });
registerEnumType(EndReason, { name: 'EndReason', description: 'Why an appointment ended' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(ApiScope, { name: 'ApiScope' });

export const SessionStatus = enumObject(SESSION_STATUSES);
export type SessionStatus = SessionStatusT;
export const TrainingAudience = enumObject(TRAINING_AUDIENCES);
export type TrainingAudience = TrainingAudienceT;
export const TrainingForm = enumObject(TRAINING_FORMS);
export type TrainingForm = TrainingFormT;
export const TrainingImportKind = enumObject(TRAINING_IMPORT_KINDS);
export type TrainingImportKind = TrainingImportKindT;
registerEnumType(SessionStatus, { name: 'SessionStatus', description: 'PLANNED (计划中) or HELD (已举办)' });
registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: 'Who a session is for: committee members, dorm officers, or the working group (its own study; never counted for trainees)',
});
registerEnumType(TrainingForm, { name: 'TrainingForm', description: 'Form of a session: lecture, workshop, case discussion, practice' });
registerEnumType(TrainingImportKind, { name: 'TrainingImportKind' });

export const Instrument = enumObject(INSTRUMENTS);
export type Instrument = InstrumentT;
export const FollowUpStatus = enumObject(FOLLOW_UP_STATUSES);
export type FollowUpStatus = FollowUpStatusT;
export const ReferralTarget = enumObject(REFERRAL_TARGETS);
export type ReferralTarget = ReferralTargetT;
export const UpiTier = enumObject(UPI_TIERS);
export type UpiTier = UpiTierT;
registerEnumType(Instrument, { name: 'Instrument', description: 'Screening instrument: UPI (大学生人格问卷), PHQ-9, GAD-7' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus', description: 'PENDING → IN_PROGRESS | REFERRED | CLOSED; IN_PROGRESS → REFERRED | CLOSED; REFERRED → CLOSED' });
registerEnumType(ReferralTarget, { name: 'ReferralTarget', description: 'Referred to the Center (心理发展指导中心) or a hospital' });
registerEnumType(UpiTier, { name: 'UpiTier', description: 'UPI class: I (flagged), II (watch), III' });
export const SubmissionKind = enumObject(SUBMISSION_KINDS);
export type SubmissionKind = SubmissionKindT;
export const SubmissionState = enumObject(SUBMISSION_STATES);
export type SubmissionState = SubmissionStateT;
registerEnumType(SubmissionKind, { name: 'SubmissionKind', description: 'NETWORK_ROSTER (附件1, per level) or TRAINING_PLAN (附件3)' });
registerEnumType(SubmissionState, { name: 'SubmissionState', description: 'NOT_STARTED → SUBMITTED → PAPER_RECEIVED → ACCEPTED; SUBMITTED | PAPER_RECEIVED → RETURNED → SUBMITTED' });
