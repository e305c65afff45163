import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EndReason, Facility, NetworkLevel, Position } from '@/lib/api-types';

export interface PersonRef {
  id: string;
  name: string;
}
export interface StudentRef extends PersonRef {
  studentNo: string;
}
export interface StaffRef extends PersonRef {
  staffNo: string;
}

export interface WorkingGroupMember {
  id: string;
  position: Position;
  levels: NetworkLevel[];
  staff: StaffRef;
}

export interface Workstation {
  id: string;
  room: string | null;
  facilities: Facility[];
  missingFacilities: Facility[];
  version: number;
}

export interface CommitteeAppointment {
  id: string;
  startedOn: string;
  endReason: EndReason | null;
  student: StudentRef;
}

export interface ClassRosterEntry {
  active: boolean;
  covered: boolean;
  enrolledCount: number;
  classGroup: { id: string; code: string; name: string; grade: string; counselor: StaffRef | null };
  committeeMembers: CommitteeAppointment[];
}

export interface DormOfficerAppointment {
  id: string;
  startedOn: string;
  student: StudentRef;
}

export interface DormRosterEntry {
  active: boolean;
  covered: boolean;
  enrolledResidents: number;
  dormitory: { id: string; code: string; building: string; room: string };
  officer: DormOfficerAppointment | null;
  suggestedOfficer: StudentRef | null;
}

export interface CollegeRoster {
  level: NetworkLevel;
  college: { id: string; code: string; name: string };
  summary: {
    classes: number;
    classesCovered: number;
    dormitories: number;
    dormitoriesCovered: number;
    committeeMembers: number;
    dormOfficers: number;
  };
  missingPositions: Position[];
  workingGroup: WorkingGroupMember[];
  workstation: Workstation | null;
  classes: ClassRosterEntry[];
  dormitories: DormRosterEntry[];
}

export interface CollegeRosterData {
  roster: CollegeRoster;
}
export interface CollegeRosterVars {
  collegeCode: string;
  level: NetworkLevel;
}

export const COLLEGE_ROSTER: TypedDocumentNode<CollegeRosterData, CollegeRosterVars> = gql`
  query CollegeRoster($collegeCode: String!, $level: NetworkLevel!) {
    roster(collegeCode: $collegeCode, level: $level) {
      level
      college {
        id
        code
        name
      }
      summary {
        classes
        classesCovered
        dormitories
        dormitoriesCovered
        committeeMembers
        dormOfficers
      }
      missingPositions
      workingGroup {
        id
        position
        levels
        staff {
          id
          staffNo
          name
        }
      }
      workstation {
        id
        room
        facilities
        missingFacilities
        version
      }
      classes {
        active
        covered
        enrolledCount
        classGroup {
          id
          code
          name
          grade
          counselor {
            id
            staffNo
            name
          }
        }
        committeeMembers {
          id
          startedOn
          endReason
          student {
            id
            studentNo
            name
          }
        }
      }
      dormitories {
        active
        covered
        enrolledResidents
        dormitory {
          id
          code
          building
          room
        }
        officer {
          id
          startedOn
          student {
            id
            studentNo
            name
          }
        }
        suggestedOfficer {
          id
          studentNo
          name
        }
      }
    }
  }
`;
