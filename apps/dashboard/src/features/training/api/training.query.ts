import { graphql } from '@/gql';
import type { CollegeTrainingQuery, SemestersQuery, TrainingCompletionQuery } from '@/gql/graphql';

// Reads of the "basic skills +" training programme (docs/training.md). Rows have no id of their
// own; sessions are cached by id, so a mutation's answer updates every list that shows them.

export const TRAINING_PROGRAMME_FIELDS = graphql(`
  fragment TrainingProgrammeFields on TrainingProgramme {
    semester
    isDefault
    moduleCodes
    modules {
      code
      name
    }
    minSelfDesignedAttendance
    sessionTargetMin
    sessionTargetMax
  }
`);

export const TRAINING_ROW_FIELDS = graphql(`
  fragment TrainingRowFields on TrainingRow {
    collegeCode
    collegeName
    trainees
    basicCompleted
    basicCompletion
    attendedSelfDesigned
    selfDesignedAttendance
    completed
    completion
    selfDesignedSessionsHeld
  }
`);

export const TRAINING_SESSION_FIELDS = graphql(`
  fragment TrainingSessionFields on TrainingSession {
    id
    version
    code
    collegeCode
    collegeName
    semester
    title
    levels
    audiences
    form
    speaker
    place
    plannedOn
    status
    held
    heldOn
    attendanceCount
  }
`);

export const SEMESTER_FIELDS = graphql(`
  fragment SemesterFields on Semester {
    code
    name
    startsOn
    endsOn
    stored
    version
  }
`);

/** The semester picker's choices and its default (the semester today falls in). */
export const SEMESTERS = graphql(`
  query Semesters {
    semesters {
      ...SemesterFields
    }
    currentSemester {
      ...SemesterFields
    }
  }
`);

export const TRAINING_COMPLETION = graphql(`
  query TrainingCompletion($level: NetworkLevel!, $semester: String!) {
    trainingCompletion(level: $level, semester: $semester) {
      level
      semester
      programme {
        ...TrainingProgrammeFields
      }
      colleges {
        ...TrainingRowFields
      }
      total {
        ...TrainingRowFields
      }
    }
  }
`);

export const COLLEGE_TRAINING = graphql(`
  query CollegeTraining($collegeCode: String!, $level: NetworkLevel!, $semester: String!) {
    collegeTraining(collegeCode: $collegeCode, level: $level, semester: $semester) {
      collegeCode
      collegeName
      level
      semester
      programme {
        ...TrainingProgrammeFields
      }
      summary {
        ...TrainingRowFields
      }
      sessions {
        ...TrainingSessionFields
      }
      trainees {
        studentNo
        name
        classCode
        dormCode
        posts
        modulesDone
        modulesMissing
        sessionsAttended
        basicCompleted
        attendedSelfDesigned
        completed
      }
    }
  }
`);

export const SESSION_ATTENDEES = graphql(`
  query SessionAttendees($sessionId: ID!) {
    sessionAttendees(sessionId: $sessionId) {
      studentNo
      name
      counts
    }
  }
`);

export const TRAINING_PLAN_DOCUMENT = graphql(`
  query TrainingPlanDocument($collegeCode: String!, $semester: String!) {
    trainingPlanDocument(collegeCode: $collegeCode, semester: $semester) {
      filename
      contentType
      base64
    }
  }
`);

export const TRAINING_PROGRAMME = graphql(`
  query TrainingProgramme($semester: String!) {
    trainingProgramme(semester: $semester) {
      ...TrainingProgrammeFields
    }
  }
`);

/**
 * The signed-in committee member's or officer's own training, and their own student record (the
 * class name, college and level myTraining does not carry).
 */
export const MY_TRAINING = graphql(`
  query MyTraining($semester: String!, $studentNo: String!) {
    myTraining(semester: $semester) {
      semester
      programme {
        ...TrainingProgrammeFields
      }
      status {
        studentNo
        name
        classCode
        dormCode
        posts
        modulesDone
        modulesMissing
        sessionsAttended
        basicCompleted
        attendedSelfDesigned
        completed
      }
      sessions {
        ...TrainingSessionFields
      }
      attendedSessionCodes
    }
    me: students(search: $studentNo, first: 1) {
      edges {
        node {
          id
          studentNo
          collegeCode
          classCode
          className
          dormCode
          level
        }
      }
    }
  }
`);

/** An officer's dorm by name (building and room): the dorms of their college they may read. */
export const MY_DORMS = graphql(`
  query MyDorms($collegeCode: String!, $level: NetworkLevel!) {
    dormitories(collegeCode: $collegeCode, level: $level) {
      id
      code
      building
      room
    }
  }
`);

export type Semester = SemestersQuery['semesters'][number];
export type TrainingReport = TrainingCompletionQuery['trainingCompletion'];
export type TrainingRow = TrainingReport['total'];
export type TrainingProgramme = TrainingReport['programme'];
export type CollegeTraining = CollegeTrainingQuery['collegeTraining'];
export type TrainingSession = CollegeTraining['sessions'][number];
export type Trainee = CollegeTraining['trainees'][number];
