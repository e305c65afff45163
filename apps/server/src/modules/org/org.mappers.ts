import { FACILITIES, type Facility, type NetworkLevel, type StudentPlacement } from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { CommitteeAppointmentEntity } from '../network/appointment.entities.js';
import type {
  ClassGroupEntity,
  CollegeEntity,
  DormitoryEntity,
  StaffEntity,
  StudentEntity,
  WorkingGroupMemberEntity,
  WorkstationEntity,
} from './org.entities.js';

// Entities → the public types of @carenet/schema. Callers populate the relations these read.
// The parameter types name only the fields read, so rows read without the ORM (the roster, where
// hydrating hundreds of entities cost most of its time) map through the same functions.

/** The fields of a student the mappers read. */
export type StudentFields = Pick<StudentEntity, 'id' | 'studentNo' | 'name' | 'gender' | 'status' | 'isDormHead'> & {
  classGroup: Pick<ClassGroupEntity, 'id' | 'code' | 'name' | 'level'> & { college: Pick<CollegeEntity, 'id' | 'code'> };
  dormitory: Pick<DormitoryEntity, 'id' | 'code'> | null;
};
export type DormitoryFields = Pick<DormitoryEntity, 'id' | 'code' | 'building' | 'room' | 'level'> & { college: Pick<CollegeEntity, 'code'> };
type AppointmentFields = Pick<CommitteeAppointmentEntity, 'id' | 'startedOn' | 'endedOn' | 'endReason'> & { student: StudentFields };
export type CommitteeFields = AppointmentFields &
  Pick<CommitteeAppointmentEntity, 'attestsService' | 'attestsWellbeing'> & { classGroup: Pick<ClassGroupEntity, 'id' | 'code'> };
export type OfficerFields = AppointmentFields & { dormitory: Pick<DormitoryEntity, 'id' | 'code'> };
export type StaffFields = Pick<StaffEntity, 'id' | 'staffNo' | 'name'> & { college: Pick<CollegeEntity, 'code'> | null | undefined };
export type ClassGroupFields = Pick<ClassGroupEntity, 'id' | 'code' | 'name' | 'grade' | 'level'> & {
  college: Pick<CollegeEntity, 'code'>;
  counselor: StaffFields | null | undefined;
};
export type WorkingGroupMemberFields = Pick<WorkingGroupMemberEntity, 'id' | 'position' | 'servesUndergraduate' | 'servesGraduate'> & {
  staff: StaffFields;
  college: Pick<CollegeEntity, 'code'>;
};
export type WorkstationFields = Pick<WorkstationEntity, 'id' | 'room' | 'talkTableChairs' | 'sofa' | 'teaTable' | 'books' | 'version'> & {
  college: Pick<CollegeEntity, 'code'>;
};

export const toCollege = (c: CollegeEntity): S.College => ({ id: String(c.id), code: c.code, name: c.name });

export const toStaff = (s: StaffFields): S.Staff => ({
  id: String(s.id),
  staffNo: s.staffNo,
  name: s.name,
  collegeCode: s.college ? s.college.code : null,
});

export const toClassGroup = (c: ClassGroupFields): S.ClassGroup => ({
  id: String(c.id),
  code: c.code,
  name: c.name,
  grade: c.grade,
  level: c.level,
  collegeCode: c.college.code,
  counselor: c.counselor ? toStaff(c.counselor) : null,
});

export const toDormitory = (d: DormitoryFields): S.Dormitory => ({
  id: String(d.id),
  code: d.code,
  building: d.building,
  room: d.room,
  level: d.level,
  collegeCode: d.college.code,
});

export const toStudent = (s: StudentFields): S.Student => ({
  id: String(s.id),
  studentNo: s.studentNo,
  name: s.name,
  gender: s.gender,
  status: s.status,
  level: s.classGroup.level,
  isDormHead: s.isDormHead,
  collegeCode: s.classGroup.college.code,
  classCode: s.classGroup.code,
  className: s.classGroup.name,
  dormCode: s.dormitory ? s.dormitory.code : null,
});

/**
 * A student as committee members and dorm officers see them: name and number only (SPEC.md §6).
 * The unit fields (college, level, class) stay, as they name the actor's own class or dorm and the
 * dashboard finds the actor's roster page by them. Gender, status and dorm are null.
 */
export const toStudentName = (s: StudentFields): S.Student => ({
  ...toStudent(s),
  gender: null,
  status: null,
  isDormHead: null,
  dormCode: null,
});

/** How a caller sees one student: in full, or names only. */
export type StudentView = (s: StudentFields) => S.Student;

export const levelsOf = (m: { servesUndergraduate: boolean; servesGraduate: boolean }): NetworkLevel[] => [
  ...(m.servesUndergraduate ? (['UNDERGRADUATE'] as const) : []),
  ...(m.servesGraduate ? (['GRADUATE'] as const) : []),
];

export const toWorkingGroupMember = (m: WorkingGroupMemberFields): S.WorkingGroupMember => ({
  id: String(m.id),
  position: m.position,
  levels: levelsOf(m),
  staff: toStaff(m.staff),
  collegeCode: m.college.code,
});

export function facilitiesOf(w: WorkstationFields): Facility[] {
  const has: Record<Facility, boolean> = {
    TALK_TABLE_CHAIRS: w.talkTableChairs,
    SOFA: w.sofa,
    TEA_TABLE: w.teaTable,
    BOOKS: w.books,
  };
  return FACILITIES.filter((f) => has[f]);
}

export const toWorkstation = (w: WorkstationFields): S.Workstation => {
  const facilities = facilitiesOf(w);
  return {
    id: String(w.id),
    collegeCode: w.college.code,
    room: w.room,
    facilities,
    missingFacilities: FACILITIES.filter((f) => !facilities.includes(f)),
    version: w.version,
  };
};

export const toCommitteeAppointment = (a: CommitteeFields, view: StudentView = toStudent): S.CommitteeAppointment => ({
  id: String(a.id),
  student: view(a.student),
  classCode: a.classGroup.code,
  startedOn: a.startedOn,
  endedOn: a.endedOn,
  endReason: a.endReason,
  attestsService: a.attestsService,
  attestsWellbeing: a.attestsWellbeing,
  active: a.endedOn === null,
});

export const toDormOfficerAppointment = (a: OfficerFields, view: StudentView = toStudent): S.DormOfficerAppointment => ({
  id: String(a.id),
  student: view(a.student),
  dormCode: a.dormitory.code,
  startedOn: a.startedOn,
  endedOn: a.endedOn,
  endReason: a.endReason,
  active: a.endedOn === null,
});

/** Where a student is now, for the rules of SPEC.md §3 (class and dorm populated). */
export const placementOf = (s: StudentEntity): StudentPlacement => ({
  studentNo: s.studentNo,
  status: s.status,
  classCode: s.classGroup.code,
  dormCode: s.dormitory?.code ?? null,
});
