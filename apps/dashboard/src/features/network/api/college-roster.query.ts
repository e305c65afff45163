import { graphql } from '@/gql';
import type { CollegeRosterQuery } from '@/gql/graphql';

export const COLLEGE_ROSTER = graphql(`
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
        classCoverage
        dormitories
        dormitoriesCovered
        dormCoverage
        committeeMembers
        dormOfficers
      }
      hasWorkstation
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
`);

export type CollegeRoster = CollegeRosterQuery['roster'];
export type ClassRosterEntry = CollegeRoster['classes'][number];
export type DormRosterEntry = CollegeRoster['dormitories'][number];
export type WorkingGroupMember = CollegeRoster['workingGroup'][number];
export type Workstation = NonNullable<CollegeRoster['workstation']>;
