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
