import { graphql } from '@/gql';

// The operations of submissions (docs/submissions.md). The matrix leaves out
// changedSinceSubmission: it costs a roster read per row; the checklist asks for it.

export const SUBMISSION_FIELDS = graphql(`
  fragment SubmissionFields on Submission {
    id
    collegeCode
    collegeName
    semester
    kind
    level
    state
    version
    revision
    dueOn
    daysLeft
    late
    submittedAt
    paperReceivedOn
    returnReason
    digest
    history {
      fromState
      toState
      version
      actor
      at
      note
    }
  }
`);

export const COLLEGE_CHECKLIST = graphql(`
  query CollegeChecklist($collegeCode: String!, $semester: String!) {
    collegeChecklist(collegeCode: $collegeCode, semester: $semester) {
      collegeCode
      collegeName
      semester
      levels
      items {
        key
        level
        done
        blocking
        count
        of
        text
        daysLeft
        submission {
          ...SubmissionFields
          changedSinceSubmission
        }
      }
    }
  }
`);

export const SUBMISSIONS = graphql(`
  query Submissions($semester: String!, $level: NetworkLevel) {
    submissions(semester: $semester, level: $level) {
      ...SubmissionFields
    }
  }
`);

export const SUBMISSION_CHECK = graphql(`
  query SubmissionCheck($input: SubmitInput!) {
    submissionCheck(input: $input) {
      blocking
      warnings
    }
  }
`);

export const SUBMISSION_DOCUMENT = graphql(`
  query SubmissionDocument($id: ID!, $version: Int) {
    submissionDocument(id: $id, version: $version) {
      filename
      contentType
      base64
    }
  }
`);

export const SUBMIT = graphql(`
  mutation Submit($input: SubmitInput!) {
    submit(input: $input) {
      ...SubmissionFields
      changedSinceSubmission
    }
  }
`);

export const SET_SUBMISSION_DEADLINE = graphql(`
  mutation SetSubmissionDeadline($semester: String!, $kind: SubmissionKind!, $dueOn: String!) {
    setSubmissionDeadline(semester: $semester, kind: $kind, dueOn: $dueOn) {
      ...SubmissionFields
    }
  }
`);

export const RECORD_PAPER_RECEIPT = graphql(`
  mutation RecordPaperReceipt($id: ID!, $receivedOn: String!, $revision: Int) {
    recordPaperReceipt(id: $id, receivedOn: $receivedOn, revision: $revision) {
      ...SubmissionFields
    }
  }
`);

export const ACCEPT_SUBMISSION = graphql(`
  mutation AcceptSubmission($id: ID!, $revision: Int) {
    acceptSubmission(id: $id, revision: $revision) {
      ...SubmissionFields
    }
  }
`);

export const RETURN_SUBMISSION = graphql(`
  mutation ReturnSubmission($id: ID!, $reason: String!, $revision: Int) {
    returnSubmission(id: $id, reason: $reason, revision: $revision) {
      ...SubmissionFields
    }
  }
`);

export const SUBMISSION_SEMESTERS = graphql(`
  query SubmissionSemesters {
    semesters {
      code
      name
    }
    currentSemester {
      code
      name
    }
  }
`);
