import { registerEnumType } from 'type-graphql';

// The public enums (docs/api.md). Values equal the names so they pass through the database unchanged.
export enum NetworkLevel {
  UNDERGRADUATE = 'UNDERGRADUATE',
  GRADUATE = 'GRADUATE',
}
export enum StudentStatus {
  ENROLLED = 'ENROLLED',
  SUSPENDED = 'SUSPENDED',
  GRADUATED = 'GRADUATED',
  WITHDRAWN = 'WITHDRAWN',
  TRANSFERRED = 'TRANSFERRED',
}
export enum Gender {
  M = 'M',
  F = 'F',
}
export enum Position {
  PARTY_SECRETARY = 'PARTY_SECRETARY',
  DEAN = 'DEAN',
  DEPUTY_PARTY_SECRETARY = 'DEPUTY_PARTY_SECRETARY',
  COUNSELOR = 'COUNSELOR',
  OTHER = 'OTHER',
}
export enum Facility {
  TALK_TABLE_CHAIRS = 'TALK_TABLE_CHAIRS',
  SOFA = 'SOFA',
  TEA_TABLE = 'TEA_TABLE',
  BOOKS = 'BOOKS',
}
export enum RosterKind {
  COLLEGES = 'COLLEGES',
  CLASSES = 'CLASSES',
  DORMITORIES = 'DORMITORIES',
  STUDENTS = 'STUDENTS',
  STAFF = 'STAFF',
  WORKING_GROUP = 'WORKING_GROUP',
  WORKSTATIONS = 'WORKSTATIONS',
  COMMITTEE_MEMBERS = 'COMMITTEE_MEMBERS',
  DORM_OFFICERS = 'DORM_OFFICERS',
}
export enum EndReason {
  DISMISSED = 'DISMISSED',
  RESIGNED = 'RESIGNED',
  CLASS_CHANGED = 'CLASS_CHANGED',
  DORM_CHANGED = 'DORM_CHANGED',
  SUSPENDED = 'SUSPENDED',
  GRADUATED = 'GRADUATED',
  WITHDRAWN = 'WITHDRAWN',
  TRANSFERRED = 'TRANSFERRED',
}
export enum Role {
  SCHOOL_ADMIN = 'SCHOOL_ADMIN',
  CENTER_STAFF = 'CENTER_STAFF',
  COLLEGE_LEADER = 'COLLEGE_LEADER',
  COUNSELOR = 'COUNSELOR',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  DORM_OFFICER = 'DORM_OFFICER',
}
export enum ApiScope {
  METRICS_READ = 'METRICS_READ',
  ROSTER_READ = 'ROSTER_READ',
  ROSTER_WRITE = 'ROSTER_WRITE',
  SCREENING_WRITE = 'SCREENING_WRITE',
}

registerEnumType(NetworkLevel, { name: 'NetworkLevel', description: '本科生 / 研究生: every network exists once per level' });
registerEnumType(StudentStatus, { name: 'StudentStatus', description: '学籍状态' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(Position, { name: 'Position', description: 'Working-group position (职务)' });
registerEnumType(Facility, { name: 'Facility', description: 'Workstation facility (谈话桌椅, 沙发, 茶几, 书籍)' });
registerEnumType(RosterKind, { name: 'RosterKind' });
registerEnumType(EndReason, { name: 'EndReason', description: 'Why an appointment ended' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(ApiScope, { name: 'ApiScope' });
