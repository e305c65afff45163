import { graphql } from '@/gql';

// Every screening operation of the dashboard (docs/screening.md). Individual data (followUps,
// screeningResult, alerts) is audited by the server on every read.

export const SCREENING_SEMESTERS = graphql(`
  query ScreeningSemesters {
    currentSemester {
      code
      name
    }
    semesters {
      code
      name
    }
  }
`);

export const SCREENING_CAMPAIGNS = graphql(`
  query ScreeningCampaigns($semester: String) {
    screeningCampaigns(semester: $semester) {
      id
      name
      instrument
      semester
      levels
      followUpDays
      opensOn
      closesOn
      results
      currentRuleVersion
    }
  }
`);

export const FOLLOW_UP_ROW_FIELDS = graphql(`
  fragment FollowUpRowFields on FollowUpRow {
    collegeCode
    collegeName
    screened
    flagged
    flaggedRate
    pending
    inProgress
    referred
    closed
    closedRate
    overdue
    overdueRate
    suppressed
  }
`);

export const SCREENING_FOLLOW_UP = graphql(`
  query ScreeningFollowUp($level: NetworkLevel!, $campaignId: ID, $semester: String) {
    screeningFollowUp(level: $level, campaignId: $campaignId, semester: $semester) {
      asOf
      level
      suppressedRows
      colleges {
        ...FollowUpRowFields
      }
      total {
        ...FollowUpRowFields
      }
    }
  }
`);

export const FOLLOW_UP_FIELDS = graphql(`
  fragment FollowUpFields on FollowUp {
    id
    version
    campaignId
    resultId
    campaignName
    instrument
    studentName
    studentNo
    classCode
    collegeCode
    level
    counselorName
    takenAt
    dueAt
    overdue
    urgent
    tier
    status
    referredTo
    steps {
      actor
      at
      fromStatus
      toStatus
      note
      referredTo
    }
  }
`);

export const FOLLOW_UPS = graphql(`
  query FollowUps($filter: FollowUpFilter, $first: Int!, $offset: Int!) {
    followUps(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...FollowUpFields
      }
    }
  }
`);

// first: 0 counts without listing anyone (the home page only needs whether there are any).
export const OPEN_FOLLOW_UPS_COUNT = graphql(`
  query OpenFollowUpsCount {
    followUps(filter: { openOnly: true }, first: 0, offset: 0) {
      totalCount
    }
  }
`);

export const UPDATE_FOLLOW_UP = graphql(`
  mutation UpdateFollowUp($id: ID!, $status: FollowUpStatus!, $note: String!, $referredTo: ReferralTarget, $version: Int) {
    updateFollowUp(id: $id, status: $status, note: $note, referredTo: $referredTo, version: $version) {
      ...FollowUpFields
    }
  }
`);

export const SCREENING_RESULT = graphql(`
  query ScreeningResultDetail($id: ID!) {
    screeningResult(id: $id) {
      id
      studentName
      studentNo
      instrument
      takenAt
      answers
      total
      tier
      flagged
      urgent
      reasons
      ruleVersion
      disclaimer
    }
  }
`);

export const ALERTS = graphql(`
  query Alerts {
    alerts(first: 20, unreadOnly: false) {
      unread
      items {
        id
        kind
        read
        createdAt
        followUp {
          id
          studentName
          studentNo
          classCode
          instrument
          dueAt
          status
        }
      }
    }
  }
`);

export const MARK_ALERTS_READ = graphql(`
  mutation MarkAlertsRead($ids: [ID!]!) {
    markAlertsRead(ids: $ids)
  }
`);

export const CREATE_CAMPAIGN = graphql(`
  mutation CreateScreeningCampaign($input: CreateScreeningCampaignInput!) {
    createScreeningCampaign(input: $input) {
      id
      name
    }
  }
`);

export const IMPORT_RESULTS = graphql(`
  mutation ImportScreeningResults($campaignId: ID!, $csv: String!, $dryRun: Boolean!) {
    importScreeningResults(campaignId: $campaignId, csv: $csv, dryRun: $dryRun) {
      ...ScreeningImportFields
    }
  }
`);

export const IMPORT_RESULTS_XLSX = graphql(`
  mutation ImportScreeningResultsXlsx($campaignId: ID!, $xlsxBase64: String!, $dryRun: Boolean!) {
    importScreeningResultsXlsx(campaignId: $campaignId, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {
      ...ScreeningImportFields
    }
  }
`);

export const SCREENING_IMPORT_FIELDS = graphql(`
  fragment ScreeningImportFields on ImportResult {
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

export const RESCORE = graphql(`
  mutation RescoreScreeningResults($campaignId: ID!, $ruleVersion: String, $dryRun: Boolean!) {
    rescoreScreeningResults(campaignId: $campaignId, ruleVersion: $ruleVersion, dryRun: $dryRun) {
      dryRun
      results
      changed
      followUpsOpened
      ruleVersion
      changes {
        studentNo
        studentName
        fromVersion
        fromTotal
        toTotal
        fromTier
        toTier
        fromFlagged
        toFlagged
      }
    }
  }
`);
