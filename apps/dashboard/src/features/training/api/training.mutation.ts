import { graphql } from '@/gql';
import type { TrainingImportResultFieldsFragment } from '@/gql/graphql';

// Writes of the training programme; every one is audited by the server in the same transaction.

export const SET_TRAINING_PROGRAMME = graphql(`
  mutation SetTrainingProgramme($semester: String!, $moduleCodes: [String!]!, $minSelfDesignedAttendance: Int!) {
    setTrainingProgramme(semester: $semester, moduleCodes: $moduleCodes, minSelfDesignedAttendance: $minSelfDesignedAttendance) {
      ...TrainingProgrammeFields
    }
  }
`);

export const SET_SEMESTER = graphql(`
  mutation SetSemester($input: SetSemesterInput!) {
    setSemester(input: $input) {
      ...SemesterFields
    }
  }
`);

export const CREATE_TRAINING_SESSION = graphql(`
  mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {
    createTrainingSession(input: $input) {
      ...TrainingSessionFields
    }
  }
`);

export const UPDATE_TRAINING_SESSION = graphql(`
  mutation UpdateTrainingSession($input: UpdateTrainingSessionInput!) {
    updateTrainingSession(input: $input) {
      ...TrainingSessionFields
    }
  }
`);

export const SET_TRAINING_SESSION_HELD = graphql(`
  mutation SetTrainingSessionHeld($id: ID!, $version: Int!, $held: Boolean!, $heldOn: String) {
    setTrainingSessionHeld(id: $id, version: $version, held: $held, heldOn: $heldOn) {
      ...TrainingSessionFields
    }
  }
`);

export const DELETE_TRAINING_SESSION = graphql(`
  mutation DeleteTrainingSession($id: ID!) {
    deleteTrainingSession(id: $id)
  }
`);

export const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($sessionId: ID!, $studentNos: [String!]!) {
    recordAttendance(sessionId: $sessionId, studentNos: $studentNos) {
      added
      unchanged
      session {
        ...TrainingSessionFields
      }
    }
  }
`);

export const REMOVE_ATTENDANCE = graphql(`
  mutation RemoveAttendance($sessionId: ID!, $studentNo: String!) {
    removeAttendance(sessionId: $sessionId, studentNo: $studentNo) {
      ...TrainingSessionFields
    }
  }
`);

export const RECORD_MODULE_COMPLETIONS = graphql(`
  mutation RecordModuleCompletions($semester: String!, $moduleCode: String!, $studentNos: [String!]!, $completedOn: String) {
    recordModuleCompletions(semester: $semester, moduleCode: $moduleCode, studentNos: $studentNos, completedOn: $completedOn) {
      created
      unchanged
    }
  }
`);

export const REMOVE_MODULE_COMPLETION = graphql(`
  mutation RemoveModuleCompletion($semester: String!, $moduleCode: String!, $studentNo: String!) {
    removeModuleCompletion(semester: $semester, moduleCode: $moduleCode, studentNo: $studentNo)
  }
`);

export const TRAINING_IMPORT_RESULT_FIELDS = graphql(`
  fragment TrainingImportResultFields on ImportResult {
    dryRun
    created
    updated
    unchanged
    errors {
      row
      column
      message
    }
  }
`);

export const IMPORT_TRAINING = graphql(`
  mutation ImportTraining($kind: TrainingImportKind!, $semester: String!, $csv: String!, $dryRun: Boolean!) {
    importTraining(kind: $kind, semester: $semester, csv: $csv, dryRun: $dryRun) {
      ...TrainingImportResultFields
    }
  }
`);

export const IMPORT_TRAINING_XLSX = graphql(`
  mutation ImportTrainingXlsx($kind: TrainingImportKind!, $semester: String!, $xlsxBase64: String!, $dryRun: Boolean!) {
    importTrainingXlsx(kind: $kind, semester: $semester, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {
      ...TrainingImportResultFields
    }
  }
`);

export type TrainingImportResult = TrainingImportResultFieldsFragment;
