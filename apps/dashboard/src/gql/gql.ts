/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyPlaces {\n    colleges {\n      id\n      code\n    }\n    undergraduate: students(first: 1, level: UNDERGRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n    graduate: students(first: 1, level: GRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n  }\n": typeof types.MyPlacesDocument,
    "\n  mutation CreatePostHolderAccounts($input: CreatePostHolderAccountsInput!) {\n    createPostHolderAccounts(input: $input) {\n      created\n      reissued\n      skipped\n      expiresAt\n      csv\n      xlsxBase64\n      rows {\n        collegeCode\n        units\n        name\n        studentNo\n        username\n        code\n        newAccount\n      }\n    }\n  }\n": typeof types.CreatePostHolderAccountsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword)\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation SetUserGrants($userId: ID!, $grants: [GrantInput!]!) {\n    setUserGrants(userId: $userId, grants: $grants) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserGrantsDocument,
    "\n  query Users($search: String, $offset: Int!, $limit: Int!) {\n    users(search: $search, offset: $offset, limit: $limit) {\n      ...UserFields\n    }\n    userCount(search: $search)\n  }\n": typeof types.UsersDocument,
    "\n  query AuditActions {\n    auditActions {\n      prefix\n      nameZh\n      nameEn\n      actions {\n        action\n        nameZh\n        nameEn\n        outcome\n      }\n    }\n  }\n": typeof types.AuditActionsDocument,
    "\n  query AuditEventsCsv($filter: AuditFilterInput) {\n    auditEventsCsv(filter: $filter)\n  }\n": typeof types.AuditEventsCsvDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorKind\n        actorName\n        actorRoles\n        action\n        recordType\n        recordId\n        studentNo\n        detail\n        clientAddress\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation ActivateAccount($username: String!, $code: String!, $newPassword: String!) {\n    activateAccount(username: $username, code: $code, newPassword: $newPassword) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n": typeof types.ActivateAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query CoverageHistory($level: NetworkLevel!, $semester: String!) {\n    coverageHistory(level: $level, semester: $semester) {\n      level\n      from\n      to\n      points {\n        weekStart\n        measuredOn\n        classes\n        classesCovered\n        dormitories\n        dormitoriesCovered\n        classCoverage\n        dormCoverage\n      }\n    }\n  }\n": typeof types.CoverageHistoryDocument,
    "\n  query NetworkCoverage($level: NetworkLevel!) {\n    networkCoverage(level: $level) {\n      level\n      total {\n        ...CoverageRowFields\n      }\n      colleges {\n        ...CoverageRowFields\n      }\n    }\n  }\n\n  fragment CoverageRowFields on CoverageRow {\n    collegeCode\n    collegeName\n    colleges\n    classes\n    classesCovered\n    classCoverage\n    dormitories\n    dormitoriesCovered\n    dormCoverage\n    committeeMembers\n    dormOfficers\n    collegesWithCompleteWorkingGroup\n    collegesWithWorkstation\n    workingGroupCompleteness\n    workstationPresence\n  }\n": typeof types.NetworkCoverageDocument,
    "\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AppointCommitteeMemberDocument,
    "\n  mutation AppointDormOfficer($input: AppointDormOfficerInput!) {\n    appointDormOfficer(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AppointDormOfficerDocument,
    "\n  mutation AppointSuggestedOfficers($input: AppointSuggestedOfficersInput!) {\n    appointSuggestedOfficers(input: $input) {\n      collegeCode\n      level\n      dryRun\n      appointed\n      rows {\n        dormCode\n        building\n        room\n        studentNo\n        studentName\n        problem\n      }\n    }\n  }\n": typeof types.AppointSuggestedOfficersDocument,
    "\n  query CandidateStudents($classCode: String, $dormCode: String) {\n    students(classCode: $classCode, dormCode: $dormCode, status: ENROLLED, first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          studentNo\n          name\n          isDormHead\n        }\n      }\n    }\n  }\n": typeof types.CandidateStudentsDocument,
    "\n  query CollegeRoster($collegeCode: String!, $level: NetworkLevel!) {\n    roster(collegeCode: $collegeCode, level: $level) {\n      level\n      college {\n        id\n        code\n        name\n      }\n      summary {\n        classes\n        classesCovered\n        classCoverage\n        dormitories\n        dormitoriesCovered\n        dormCoverage\n        committeeMembers\n        dormOfficers\n      }\n      hasWorkstation\n      missingPositions\n      workingGroup {\n        id\n        position\n        levels\n        staff {\n          id\n          staffNo\n          name\n        }\n      }\n      workstation {\n        id\n        room\n        facilities\n        missingFacilities\n        version\n      }\n      classes {\n        active\n        covered\n        enrolledCount\n        classGroup {\n          id\n          code\n          name\n          grade\n          counselor {\n            id\n            staffNo\n            name\n          }\n        }\n        committeeMembers {\n          id\n          startedOn\n          endReason\n          student {\n            id\n            studentNo\n            name\n          }\n        }\n      }\n      dormitories {\n        active\n        covered\n        enrolledResidents\n        dormitory {\n          id\n          code\n          building\n          room\n        }\n        officer {\n          id\n          startedOn\n          student {\n            id\n            studentNo\n            name\n          }\n        }\n        suggestedOfficer {\n          id\n          studentNo\n          name\n        }\n      }\n    }\n  }\n": typeof types.CollegeRosterDocument,
    "\n  query CollegeStaff($collegeCode: String!) {\n    staff(collegeCode: $collegeCode) {\n      id\n      staffNo\n      name\n      collegeCode\n    }\n  }\n": typeof types.CollegeStaffDocument,
    "\n  mutation EndCommitteeMember($input: EndAppointmentInput!) {\n    endCommitteeMember(input: $input) {\n      id\n      active\n      endedOn\n      endReason\n    }\n  }\n": typeof types.EndCommitteeMemberDocument,
    "\n  mutation EndDormOfficer($input: EndAppointmentInput!) {\n    endDormOfficer(input: $input) {\n      id\n      active\n      endedOn\n      endReason\n    }\n  }\n": typeof types.EndDormOfficerDocument,
    "\n  mutation RemoveWorkingGroupMember($id: ID!) {\n    removeWorkingGroupMember(id: $id)\n  }\n": typeof types.RemoveWorkingGroupMemberDocument,
    "\n  mutation SetWorkstation($input: WorkstationInput!) {\n    setWorkstation(input: $input) {\n      id\n      room\n      facilities\n      missingFacilities\n      version\n    }\n  }\n": typeof types.SetWorkstationDocument,
    "\n  mutation UpsertWorkingGroupMember($input: WorkingGroupMemberInput!) {\n    upsertWorkingGroupMember(input: $input) {\n      id\n      position\n      levels\n      staff {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpsertWorkingGroupMemberDocument,
    "\n  query CollegeClasses($collegeCode: String!, $level: NetworkLevel) {\n    classes(collegeCode: $collegeCode, level: $level) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CollegeClassesDocument,
    "\n  query Colleges {\n    colleges {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CollegesDocument,
    "\n  query SearchClasses($search: String!, $collegeCode: String, $level: NetworkLevel) {\n    searchClasses(search: $search, collegeCode: $collegeCode, level: $level, first: 20) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.SearchClassesDocument,
    "\n  query Students(\n    $first: Int\n    $offset: Int\n    $level: NetworkLevel\n    $collegeCode: String\n    $classCode: String\n    $classSearch: String\n    $status: StudentStatus\n    $search: String\n  ) {\n    students(\n      first: $first\n      offset: $offset\n      level: $level\n      collegeCode: $collegeCode\n      classCode: $classCode\n      classSearch: $classSearch\n      status: $status\n      search: $search\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          studentNo\n          name\n          gender\n          collegeCode\n          classCode\n          className\n          dormCode\n          isDormHead\n          level\n          status\n        }\n      }\n    }\n  }\n": typeof types.StudentsDocument,
    "\n  fragment ImportResultFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    appointmentsEnded\n    errors {\n      row\n      column\n      message\n    }\n    added {\n      ...ImportItemListFields\n    }\n    changed {\n      ...ImportItemListFields\n    }\n    ended {\n      ...ImportItemListFields\n    }\n  }\n  fragment ImportItemListFields on ImportItemList {\n    total\n    items {\n      row\n      key\n      name\n      detail\n      columns\n    }\n  }\n": typeof types.ImportResultFieldsFragmentDoc,
    "\n  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": typeof types.ImportRosterXlsxDocument,
    "\n  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {\n    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": typeof types.ImportRosterDocument,
    "\n  query ScreeningSemesters {\n    currentSemester {\n      code\n      name\n    }\n    semesters {\n      code\n      name\n    }\n  }\n": typeof types.ScreeningSemestersDocument,
    "\n  query ScreeningCampaigns($semester: String) {\n    screeningCampaigns(semester: $semester) {\n      id\n      name\n      instrument\n      semester\n      levels\n      followUpDays\n      opensOn\n      closesOn\n      results\n      currentRuleVersion\n    }\n  }\n": typeof types.ScreeningCampaignsDocument,
    "\n  fragment FollowUpRowFields on FollowUpRow {\n    collegeCode\n    collegeName\n    screened\n    flagged\n    flaggedRate\n    pending\n    inProgress\n    referred\n    closed\n    closedRate\n    overdue\n    overdueRate\n    suppressed\n  }\n": typeof types.FollowUpRowFieldsFragmentDoc,
    "\n  query ScreeningFollowUp($level: NetworkLevel!, $campaignId: ID, $semester: String) {\n    screeningFollowUp(level: $level, campaignId: $campaignId, semester: $semester) {\n      asOf\n      level\n      suppressedRows\n      colleges {\n        ...FollowUpRowFields\n      }\n      total {\n        ...FollowUpRowFields\n      }\n    }\n  }\n": typeof types.ScreeningFollowUpDocument,
    "\n  fragment FollowUpFields on FollowUp {\n    id\n    version\n    campaignId\n    resultId\n    campaignName\n    instrument\n    studentName\n    studentNo\n    classCode\n    collegeCode\n    level\n    counselorName\n    takenAt\n    dueAt\n    overdue\n    urgent\n    tier\n    status\n    referredTo\n    steps {\n      actor\n      at\n      fromStatus\n      toStatus\n      note\n      referredTo\n    }\n  }\n": typeof types.FollowUpFieldsFragmentDoc,
    "\n  query FollowUps($filter: FollowUpFilter, $first: Int!, $offset: Int!) {\n    followUps(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...FollowUpFields\n      }\n    }\n  }\n": typeof types.FollowUpsDocument,
    "\n  query OpenFollowUpsCount {\n    followUps(filter: { openOnly: true }, first: 0, offset: 0) {\n      totalCount\n    }\n  }\n": typeof types.OpenFollowUpsCountDocument,
    "\n  mutation UpdateFollowUp($id: ID!, $status: FollowUpStatus!, $note: String!, $referredTo: ReferralTarget, $version: Int) {\n    updateFollowUp(id: $id, status: $status, note: $note, referredTo: $referredTo, version: $version) {\n      ...FollowUpFields\n    }\n  }\n": typeof types.UpdateFollowUpDocument,
    "\n  query ScreeningResultDetail($id: ID!) {\n    screeningResult(id: $id) {\n      id\n      studentName\n      studentNo\n      instrument\n      takenAt\n      answers\n      total\n      tier\n      flagged\n      urgent\n      reasons\n      ruleVersion\n      disclaimer\n    }\n  }\n": typeof types.ScreeningResultDetailDocument,
    "\n  query Alerts {\n    alerts(first: 20, unreadOnly: false) {\n      unread\n      items {\n        id\n        kind\n        read\n        createdAt\n        followUp {\n          id\n          studentName\n          studentNo\n          classCode\n          instrument\n          dueAt\n          status\n        }\n      }\n    }\n  }\n": typeof types.AlertsDocument,
    "\n  mutation MarkAlertsRead($ids: [ID!]!) {\n    markAlertsRead(ids: $ids)\n  }\n": typeof types.MarkAlertsReadDocument,
    "\n  mutation CreateScreeningCampaign($input: CreateScreeningCampaignInput!) {\n    createScreeningCampaign(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateScreeningCampaignDocument,
    "\n  mutation ImportScreeningResults($campaignId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importScreeningResults(campaignId: $campaignId, csv: $csv, dryRun: $dryRun) {\n      ...ScreeningImportFields\n    }\n  }\n": typeof types.ImportScreeningResultsDocument,
    "\n  mutation ImportScreeningResultsXlsx($campaignId: ID!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importScreeningResultsXlsx(campaignId: $campaignId, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...ScreeningImportFields\n    }\n  }\n": typeof types.ImportScreeningResultsXlsxDocument,
    "\n  fragment ScreeningImportFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n  }\n": typeof types.ScreeningImportFieldsFragmentDoc,
    "\n  mutation RescoreScreeningResults($campaignId: ID!, $ruleVersion: String, $dryRun: Boolean!) {\n    rescoreScreeningResults(campaignId: $campaignId, ruleVersion: $ruleVersion, dryRun: $dryRun) {\n      dryRun\n      results\n      changed\n      followUpsOpened\n      ruleVersion\n      changes {\n        studentNo\n        studentName\n        fromVersion\n        fromTotal\n        toTotal\n        fromTier\n        toTier\n        fromFlagged\n        toFlagged\n      }\n    }\n  }\n": typeof types.RescoreScreeningResultsDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    collegeCode\n    collegeName\n    semester\n    kind\n    level\n    state\n    version\n    revision\n    dueOn\n    daysLeft\n    late\n    submittedAt\n    paperReceivedOn\n    returnReason\n    digest\n    history {\n      fromState\n      toState\n      version\n      actor\n      at\n      note\n    }\n  }\n": typeof types.SubmissionFieldsFragmentDoc,
    "\n  query CollegeChecklist($collegeCode: String!, $semester: String!) {\n    collegeChecklist(collegeCode: $collegeCode, semester: $semester) {\n      collegeCode\n      collegeName\n      semester\n      levels\n      items {\n        key\n        level\n        done\n        blocking\n        count\n        of\n        text\n        daysLeft\n        submission {\n          ...SubmissionFields\n          changedSinceSubmission\n        }\n      }\n    }\n  }\n": typeof types.CollegeChecklistDocument,
    "\n  query Submissions($semester: String!, $level: NetworkLevel) {\n    submissions(semester: $semester, level: $level) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SubmissionsDocument,
    "\n  query SubmissionCheck($input: SubmitInput!) {\n    submissionCheck(input: $input) {\n      blocking\n      warnings\n    }\n  }\n": typeof types.SubmissionCheckDocument,
    "\n  query SubmissionDocument($id: ID!, $version: Int) {\n    submissionDocument(id: $id, version: $version) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.SubmissionDocumentDocument,
    "\n  mutation Submit($input: SubmitInput!) {\n    submit(input: $input) {\n      ...SubmissionFields\n      changedSinceSubmission\n    }\n  }\n": typeof types.SubmitDocument,
    "\n  mutation SetSubmissionDeadline($semester: String!, $kind: SubmissionKind!, $dueOn: String!) {\n    setSubmissionDeadline(semester: $semester, kind: $kind, dueOn: $dueOn) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SetSubmissionDeadlineDocument,
    "\n  mutation RecordPaperReceipt($id: ID!, $receivedOn: String!, $revision: Int) {\n    recordPaperReceipt(id: $id, receivedOn: $receivedOn, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.RecordPaperReceiptDocument,
    "\n  mutation AcceptSubmission($id: ID!, $revision: Int) {\n    acceptSubmission(id: $id, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.AcceptSubmissionDocument,
    "\n  mutation ReturnSubmission($id: ID!, $reason: String!, $revision: Int) {\n    returnSubmission(id: $id, reason: $reason, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.ReturnSubmissionDocument,
    "\n  query SubmissionSemesters {\n    semesters {\n      code\n      name\n    }\n    currentSemester {\n      code\n      name\n    }\n  }\n": typeof types.SubmissionSemestersDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    collegeCode\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation SetTrainingProgramme($semester: String!, $moduleCodes: [String!]!, $minSelfDesignedAttendance: Int!) {\n    setTrainingProgramme(semester: $semester, moduleCodes: $moduleCodes, minSelfDesignedAttendance: $minSelfDesignedAttendance) {\n      ...TrainingProgrammeFields\n    }\n  }\n": typeof types.SetTrainingProgrammeDocument,
    "\n  mutation SetSemester($input: SetSemesterInput!) {\n    setSemester(input: $input) {\n      ...SemesterFields\n    }\n  }\n": typeof types.SetSemesterDocument,
    "\n  mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n": typeof types.CreateTrainingSessionDocument,
    "\n  mutation UpdateTrainingSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n": typeof types.UpdateTrainingSessionDocument,
    "\n  mutation SetTrainingSessionHeld($id: ID!, $version: Int!, $held: Boolean!, $heldOn: String) {\n    setTrainingSessionHeld(id: $id, version: $version, held: $held, heldOn: $heldOn) {\n      ...TrainingSessionFields\n    }\n  }\n": typeof types.SetTrainingSessionHeldDocument,
    "\n  mutation DeleteTrainingSession($id: ID!) {\n    deleteTrainingSession(id: $id)\n  }\n": typeof types.DeleteTrainingSessionDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $studentNos: [String!]!) {\n    recordAttendance(sessionId: $sessionId, studentNos: $studentNos) {\n      added\n      unchanged\n      session {\n        ...TrainingSessionFields\n      }\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation RemoveAttendance($sessionId: ID!, $studentNo: String!) {\n    removeAttendance(sessionId: $sessionId, studentNo: $studentNo) {\n      ...TrainingSessionFields\n    }\n  }\n": typeof types.RemoveAttendanceDocument,
    "\n  mutation RecordModuleCompletions($semester: String!, $moduleCode: String!, $studentNos: [String!]!, $completedOn: String) {\n    recordModuleCompletions(semester: $semester, moduleCode: $moduleCode, studentNos: $studentNos, completedOn: $completedOn) {\n      created\n      unchanged\n    }\n  }\n": typeof types.RecordModuleCompletionsDocument,
    "\n  mutation RemoveModuleCompletion($semester: String!, $moduleCode: String!, $studentNo: String!) {\n    removeModuleCompletion(semester: $semester, moduleCode: $moduleCode, studentNo: $studentNo)\n  }\n": typeof types.RemoveModuleCompletionDocument,
    "\n  fragment TrainingImportResultFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n  }\n": typeof types.TrainingImportResultFieldsFragmentDoc,
    "\n  mutation ImportTraining($kind: TrainingImportKind!, $semester: String!, $csv: String!, $dryRun: Boolean!) {\n    importTraining(kind: $kind, semester: $semester, csv: $csv, dryRun: $dryRun) {\n      ...TrainingImportResultFields\n    }\n  }\n": typeof types.ImportTrainingDocument,
    "\n  mutation ImportTrainingXlsx($kind: TrainingImportKind!, $semester: String!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importTrainingXlsx(kind: $kind, semester: $semester, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...TrainingImportResultFields\n    }\n  }\n": typeof types.ImportTrainingXlsxDocument,
    "\n  fragment TrainingProgrammeFields on TrainingProgramme {\n    semester\n    isDefault\n    moduleCodes\n    modules {\n      code\n      name\n    }\n    minSelfDesignedAttendance\n    sessionTargetMin\n    sessionTargetMax\n  }\n": typeof types.TrainingProgrammeFieldsFragmentDoc,
    "\n  fragment TrainingRowFields on TrainingRow {\n    collegeCode\n    collegeName\n    trainees\n    basicCompleted\n    basicCompletion\n    attendedSelfDesigned\n    selfDesignedAttendance\n    completed\n    completion\n    selfDesignedSessionsHeld\n  }\n": typeof types.TrainingRowFieldsFragmentDoc,
    "\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    version\n    code\n    collegeCode\n    collegeName\n    semester\n    title\n    levels\n    audiences\n    form\n    speaker\n    place\n    plannedOn\n    status\n    held\n    heldOn\n    attendanceCount\n  }\n": typeof types.TrainingSessionFieldsFragmentDoc,
    "\n  fragment SemesterFields on Semester {\n    code\n    name\n    startsOn\n    endsOn\n    stored\n    version\n  }\n": typeof types.SemesterFieldsFragmentDoc,
    "\n  query Semesters {\n    semesters {\n      ...SemesterFields\n    }\n    currentSemester {\n      ...SemesterFields\n    }\n  }\n": typeof types.SemestersDocument,
    "\n  query TrainingCompletion($level: NetworkLevel!, $semester: String!) {\n    trainingCompletion(level: $level, semester: $semester) {\n      level\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      colleges {\n        ...TrainingRowFields\n      }\n      total {\n        ...TrainingRowFields\n      }\n    }\n  }\n": typeof types.TrainingCompletionDocument,
    "\n  query CollegeTraining($collegeCode: String!, $level: NetworkLevel!, $semester: String!) {\n    collegeTraining(collegeCode: $collegeCode, level: $level, semester: $semester) {\n      collegeCode\n      collegeName\n      level\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      summary {\n        ...TrainingRowFields\n      }\n      sessions {\n        ...TrainingSessionFields\n      }\n      trainees {\n        studentNo\n        name\n        classCode\n        dormCode\n        posts\n        modulesDone\n        modulesMissing\n        sessionsAttended\n        basicCompleted\n        attendedSelfDesigned\n        completed\n      }\n    }\n  }\n": typeof types.CollegeTrainingDocument,
    "\n  query SessionAttendees($sessionId: ID!) {\n    sessionAttendees(sessionId: $sessionId) {\n      studentNo\n      name\n      counts\n    }\n  }\n": typeof types.SessionAttendeesDocument,
    "\n  query TrainingPlanDocument($collegeCode: String!, $semester: String!) {\n    trainingPlanDocument(collegeCode: $collegeCode, semester: $semester) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.TrainingPlanDocumentDocument,
    "\n  query TrainingProgramme($semester: String!) {\n    trainingProgramme(semester: $semester) {\n      ...TrainingProgrammeFields\n    }\n  }\n": typeof types.TrainingProgrammeDocument,
    "\n  query MyTraining($semester: String!, $studentNo: String!) {\n    myTraining(semester: $semester) {\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      status {\n        studentNo\n        name\n        classCode\n        dormCode\n        posts\n        modulesDone\n        modulesMissing\n        sessionsAttended\n        basicCompleted\n        attendedSelfDesigned\n        completed\n      }\n      sessions {\n        ...TrainingSessionFields\n      }\n      attendedSessionCodes\n    }\n    me: students(search: $studentNo, first: 1) {\n      edges {\n        node {\n          id\n          studentNo\n          collegeCode\n          classCode\n          className\n          dormCode\n          level\n        }\n      }\n    }\n  }\n": typeof types.MyTrainingDocument,
    "\n  query MyDorms($collegeCode: String!, $level: NetworkLevel!) {\n    dormitories(collegeCode: $collegeCode, level: $level) {\n      id\n      code\n      building\n      room\n    }\n  }\n": typeof types.MyDormsDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    roles\n    grants {\n      role\n      collegeCode\n    }\n    staffNo\n    studentNo\n    active\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment AccessScopeFields on AccessScope {\n    all\n    collegeCodes\n    classCodes\n    dormCodes\n  }\n": typeof types.AccessScopeFieldsFragmentDoc,
    "\n  query MyAccess {\n    myAccess {\n      user {\n        ...UserFields\n      }\n      rosterScope {\n        ...AccessScopeFields\n      }\n      aggregateScope {\n        ...AccessScopeFields\n      }\n      writeScope {\n        ...AccessScopeFields\n      }\n      canWriteRoster\n      canManageAccess\n      canReadAudit\n    }\n  }\n": typeof types.MyAccessDocument,
    "\n  query CollegeOptions {\n    colleges {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CollegeOptionsDocument,
};
const documents: Documents = {
    "\n  query MyPlaces {\n    colleges {\n      id\n      code\n    }\n    undergraduate: students(first: 1, level: UNDERGRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n    graduate: students(first: 1, level: GRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n  }\n": types.MyPlacesDocument,
    "\n  mutation CreatePostHolderAccounts($input: CreatePostHolderAccountsInput!) {\n    createPostHolderAccounts(input: $input) {\n      created\n      reissued\n      skipped\n      expiresAt\n      csv\n      xlsxBase64\n      rows {\n        collegeCode\n        units\n        name\n        studentNo\n        username\n        code\n        newAccount\n      }\n    }\n  }\n": types.CreatePostHolderAccountsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword)\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserFields\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation SetUserGrants($userId: ID!, $grants: [GrantInput!]!) {\n    setUserGrants(userId: $userId, grants: $grants) {\n      ...UserFields\n    }\n  }\n": types.SetUserGrantsDocument,
    "\n  query Users($search: String, $offset: Int!, $limit: Int!) {\n    users(search: $search, offset: $offset, limit: $limit) {\n      ...UserFields\n    }\n    userCount(search: $search)\n  }\n": types.UsersDocument,
    "\n  query AuditActions {\n    auditActions {\n      prefix\n      nameZh\n      nameEn\n      actions {\n        action\n        nameZh\n        nameEn\n        outcome\n      }\n    }\n  }\n": types.AuditActionsDocument,
    "\n  query AuditEventsCsv($filter: AuditFilterInput) {\n    auditEventsCsv(filter: $filter)\n  }\n": types.AuditEventsCsvDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorKind\n        actorName\n        actorRoles\n        action\n        recordType\n        recordId\n        studentNo\n        detail\n        clientAddress\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation ActivateAccount($username: String!, $code: String!, $newPassword: String!) {\n    activateAccount(username: $username, code: $code, newPassword: $newPassword) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n": types.ActivateAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query CoverageHistory($level: NetworkLevel!, $semester: String!) {\n    coverageHistory(level: $level, semester: $semester) {\n      level\n      from\n      to\n      points {\n        weekStart\n        measuredOn\n        classes\n        classesCovered\n        dormitories\n        dormitoriesCovered\n        classCoverage\n        dormCoverage\n      }\n    }\n  }\n": types.CoverageHistoryDocument,
    "\n  query NetworkCoverage($level: NetworkLevel!) {\n    networkCoverage(level: $level) {\n      level\n      total {\n        ...CoverageRowFields\n      }\n      colleges {\n        ...CoverageRowFields\n      }\n    }\n  }\n\n  fragment CoverageRowFields on CoverageRow {\n    collegeCode\n    collegeName\n    colleges\n    classes\n    classesCovered\n    classCoverage\n    dormitories\n    dormitoriesCovered\n    dormCoverage\n    committeeMembers\n    dormOfficers\n    collegesWithCompleteWorkingGroup\n    collegesWithWorkstation\n    workingGroupCompleteness\n    workstationPresence\n  }\n": types.NetworkCoverageDocument,
    "\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n": types.AppointCommitteeMemberDocument,
    "\n  mutation AppointDormOfficer($input: AppointDormOfficerInput!) {\n    appointDormOfficer(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n": types.AppointDormOfficerDocument,
    "\n  mutation AppointSuggestedOfficers($input: AppointSuggestedOfficersInput!) {\n    appointSuggestedOfficers(input: $input) {\n      collegeCode\n      level\n      dryRun\n      appointed\n      rows {\n        dormCode\n        building\n        room\n        studentNo\n        studentName\n        problem\n      }\n    }\n  }\n": types.AppointSuggestedOfficersDocument,
    "\n  query CandidateStudents($classCode: String, $dormCode: String) {\n    students(classCode: $classCode, dormCode: $dormCode, status: ENROLLED, first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          studentNo\n          name\n          isDormHead\n        }\n      }\n    }\n  }\n": types.CandidateStudentsDocument,
    "\n  query CollegeRoster($collegeCode: String!, $level: NetworkLevel!) {\n    roster(collegeCode: $collegeCode, level: $level) {\n      level\n      college {\n        id\n        code\n        name\n      }\n      summary {\n        classes\n        classesCovered\n        classCoverage\n        dormitories\n        dormitoriesCovered\n        dormCoverage\n        committeeMembers\n        dormOfficers\n      }\n      hasWorkstation\n      missingPositions\n      workingGroup {\n        id\n        position\n        levels\n        staff {\n          id\n          staffNo\n          name\n        }\n      }\n      workstation {\n        id\n        room\n        facilities\n        missingFacilities\n        version\n      }\n      classes {\n        active\n        covered\n        enrolledCount\n        classGroup {\n          id\n          code\n          name\n          grade\n          counselor {\n            id\n            staffNo\n            name\n          }\n        }\n        committeeMembers {\n          id\n          startedOn\n          endReason\n          student {\n            id\n            studentNo\n            name\n          }\n        }\n      }\n      dormitories {\n        active\n        covered\n        enrolledResidents\n        dormitory {\n          id\n          code\n          building\n          room\n        }\n        officer {\n          id\n          startedOn\n          student {\n            id\n            studentNo\n            name\n          }\n        }\n        suggestedOfficer {\n          id\n          studentNo\n          name\n        }\n      }\n    }\n  }\n": types.CollegeRosterDocument,
    "\n  query CollegeStaff($collegeCode: String!) {\n    staff(collegeCode: $collegeCode) {\n      id\n      staffNo\n      name\n      collegeCode\n    }\n  }\n": types.CollegeStaffDocument,
    "\n  mutation EndCommitteeMember($input: EndAppointmentInput!) {\n    endCommitteeMember(input: $input) {\n      id\n      active\n      endedOn\n      endReason\n    }\n  }\n": types.EndCommitteeMemberDocument,
    "\n  mutation EndDormOfficer($input: EndAppointmentInput!) {\n    endDormOfficer(input: $input) {\n      id\n      active\n      endedOn\n      endReason\n    }\n  }\n": types.EndDormOfficerDocument,
    "\n  mutation RemoveWorkingGroupMember($id: ID!) {\n    removeWorkingGroupMember(id: $id)\n  }\n": types.RemoveWorkingGroupMemberDocument,
    "\n  mutation SetWorkstation($input: WorkstationInput!) {\n    setWorkstation(input: $input) {\n      id\n      room\n      facilities\n      missingFacilities\n      version\n    }\n  }\n": types.SetWorkstationDocument,
    "\n  mutation UpsertWorkingGroupMember($input: WorkingGroupMemberInput!) {\n    upsertWorkingGroupMember(input: $input) {\n      id\n      position\n      levels\n      staff {\n        id\n        name\n      }\n    }\n  }\n": types.UpsertWorkingGroupMemberDocument,
    "\n  query CollegeClasses($collegeCode: String!, $level: NetworkLevel) {\n    classes(collegeCode: $collegeCode, level: $level) {\n      id\n      code\n      name\n    }\n  }\n": types.CollegeClassesDocument,
    "\n  query Colleges {\n    colleges {\n      id\n      code\n      name\n    }\n  }\n": types.CollegesDocument,
    "\n  query SearchClasses($search: String!, $collegeCode: String, $level: NetworkLevel) {\n    searchClasses(search: $search, collegeCode: $collegeCode, level: $level, first: 20) {\n      id\n      code\n      name\n    }\n  }\n": types.SearchClassesDocument,
    "\n  query Students(\n    $first: Int\n    $offset: Int\n    $level: NetworkLevel\n    $collegeCode: String\n    $classCode: String\n    $classSearch: String\n    $status: StudentStatus\n    $search: String\n  ) {\n    students(\n      first: $first\n      offset: $offset\n      level: $level\n      collegeCode: $collegeCode\n      classCode: $classCode\n      classSearch: $classSearch\n      status: $status\n      search: $search\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          studentNo\n          name\n          gender\n          collegeCode\n          classCode\n          className\n          dormCode\n          isDormHead\n          level\n          status\n        }\n      }\n    }\n  }\n": types.StudentsDocument,
    "\n  fragment ImportResultFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    appointmentsEnded\n    errors {\n      row\n      column\n      message\n    }\n    added {\n      ...ImportItemListFields\n    }\n    changed {\n      ...ImportItemListFields\n    }\n    ended {\n      ...ImportItemListFields\n    }\n  }\n  fragment ImportItemListFields on ImportItemList {\n    total\n    items {\n      row\n      key\n      name\n      detail\n      columns\n    }\n  }\n": types.ImportResultFieldsFragmentDoc,
    "\n  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": types.ImportRosterXlsxDocument,
    "\n  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {\n    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": types.ImportRosterDocument,
    "\n  query ScreeningSemesters {\n    currentSemester {\n      code\n      name\n    }\n    semesters {\n      code\n      name\n    }\n  }\n": types.ScreeningSemestersDocument,
    "\n  query ScreeningCampaigns($semester: String) {\n    screeningCampaigns(semester: $semester) {\n      id\n      name\n      instrument\n      semester\n      levels\n      followUpDays\n      opensOn\n      closesOn\n      results\n      currentRuleVersion\n    }\n  }\n": types.ScreeningCampaignsDocument,
    "\n  fragment FollowUpRowFields on FollowUpRow {\n    collegeCode\n    collegeName\n    screened\n    flagged\n    flaggedRate\n    pending\n    inProgress\n    referred\n    closed\n    closedRate\n    overdue\n    overdueRate\n    suppressed\n  }\n": types.FollowUpRowFieldsFragmentDoc,
    "\n  query ScreeningFollowUp($level: NetworkLevel!, $campaignId: ID, $semester: String) {\n    screeningFollowUp(level: $level, campaignId: $campaignId, semester: $semester) {\n      asOf\n      level\n      suppressedRows\n      colleges {\n        ...FollowUpRowFields\n      }\n      total {\n        ...FollowUpRowFields\n      }\n    }\n  }\n": types.ScreeningFollowUpDocument,
    "\n  fragment FollowUpFields on FollowUp {\n    id\n    version\n    campaignId\n    resultId\n    campaignName\n    instrument\n    studentName\n    studentNo\n    classCode\n    collegeCode\n    level\n    counselorName\n    takenAt\n    dueAt\n    overdue\n    urgent\n    tier\n    status\n    referredTo\n    steps {\n      actor\n      at\n      fromStatus\n      toStatus\n      note\n      referredTo\n    }\n  }\n": types.FollowUpFieldsFragmentDoc,
    "\n  query FollowUps($filter: FollowUpFilter, $first: Int!, $offset: Int!) {\n    followUps(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...FollowUpFields\n      }\n    }\n  }\n": types.FollowUpsDocument,
    "\n  query OpenFollowUpsCount {\n    followUps(filter: { openOnly: true }, first: 0, offset: 0) {\n      totalCount\n    }\n  }\n": types.OpenFollowUpsCountDocument,
    "\n  mutation UpdateFollowUp($id: ID!, $status: FollowUpStatus!, $note: String!, $referredTo: ReferralTarget, $version: Int) {\n    updateFollowUp(id: $id, status: $status, note: $note, referredTo: $referredTo, version: $version) {\n      ...FollowUpFields\n    }\n  }\n": types.UpdateFollowUpDocument,
    "\n  query ScreeningResultDetail($id: ID!) {\n    screeningResult(id: $id) {\n      id\n      studentName\n      studentNo\n      instrument\n      takenAt\n      answers\n      total\n      tier\n      flagged\n      urgent\n      reasons\n      ruleVersion\n      disclaimer\n    }\n  }\n": types.ScreeningResultDetailDocument,
    "\n  query Alerts {\n    alerts(first: 20, unreadOnly: false) {\n      unread\n      items {\n        id\n        kind\n        read\n        createdAt\n        followUp {\n          id\n          studentName\n          studentNo\n          classCode\n          instrument\n          dueAt\n          status\n        }\n      }\n    }\n  }\n": types.AlertsDocument,
    "\n  mutation MarkAlertsRead($ids: [ID!]!) {\n    markAlertsRead(ids: $ids)\n  }\n": types.MarkAlertsReadDocument,
    "\n  mutation CreateScreeningCampaign($input: CreateScreeningCampaignInput!) {\n    createScreeningCampaign(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateScreeningCampaignDocument,
    "\n  mutation ImportScreeningResults($campaignId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importScreeningResults(campaignId: $campaignId, csv: $csv, dryRun: $dryRun) {\n      ...ScreeningImportFields\n    }\n  }\n": types.ImportScreeningResultsDocument,
    "\n  mutation ImportScreeningResultsXlsx($campaignId: ID!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importScreeningResultsXlsx(campaignId: $campaignId, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...ScreeningImportFields\n    }\n  }\n": types.ImportScreeningResultsXlsxDocument,
    "\n  fragment ScreeningImportFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n  }\n": types.ScreeningImportFieldsFragmentDoc,
    "\n  mutation RescoreScreeningResults($campaignId: ID!, $ruleVersion: String, $dryRun: Boolean!) {\n    rescoreScreeningResults(campaignId: $campaignId, ruleVersion: $ruleVersion, dryRun: $dryRun) {\n      dryRun\n      results\n      changed\n      followUpsOpened\n      ruleVersion\n      changes {\n        studentNo\n        studentName\n        fromVersion\n        fromTotal\n        toTotal\n        fromTier\n        toTier\n        fromFlagged\n        toFlagged\n      }\n    }\n  }\n": types.RescoreScreeningResultsDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    collegeCode\n    collegeName\n    semester\n    kind\n    level\n    state\n    version\n    revision\n    dueOn\n    daysLeft\n    late\n    submittedAt\n    paperReceivedOn\n    returnReason\n    digest\n    history {\n      fromState\n      toState\n      version\n      actor\n      at\n      note\n    }\n  }\n": types.SubmissionFieldsFragmentDoc,
    "\n  query CollegeChecklist($collegeCode: String!, $semester: String!) {\n    collegeChecklist(collegeCode: $collegeCode, semester: $semester) {\n      collegeCode\n      collegeName\n      semester\n      levels\n      items {\n        key\n        level\n        done\n        blocking\n        count\n        of\n        text\n        daysLeft\n        submission {\n          ...SubmissionFields\n          changedSinceSubmission\n        }\n      }\n    }\n  }\n": types.CollegeChecklistDocument,
    "\n  query Submissions($semester: String!, $level: NetworkLevel) {\n    submissions(semester: $semester, level: $level) {\n      ...SubmissionFields\n    }\n  }\n": types.SubmissionsDocument,
    "\n  query SubmissionCheck($input: SubmitInput!) {\n    submissionCheck(input: $input) {\n      blocking\n      warnings\n    }\n  }\n": types.SubmissionCheckDocument,
    "\n  query SubmissionDocument($id: ID!, $version: Int) {\n    submissionDocument(id: $id, version: $version) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.SubmissionDocumentDocument,
    "\n  mutation Submit($input: SubmitInput!) {\n    submit(input: $input) {\n      ...SubmissionFields\n      changedSinceSubmission\n    }\n  }\n": types.SubmitDocument,
    "\n  mutation SetSubmissionDeadline($semester: String!, $kind: SubmissionKind!, $dueOn: String!) {\n    setSubmissionDeadline(semester: $semester, kind: $kind, dueOn: $dueOn) {\n      ...SubmissionFields\n    }\n  }\n": types.SetSubmissionDeadlineDocument,
    "\n  mutation RecordPaperReceipt($id: ID!, $receivedOn: String!, $revision: Int) {\n    recordPaperReceipt(id: $id, receivedOn: $receivedOn, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n": types.RecordPaperReceiptDocument,
    "\n  mutation AcceptSubmission($id: ID!, $revision: Int) {\n    acceptSubmission(id: $id, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n": types.AcceptSubmissionDocument,
    "\n  mutation ReturnSubmission($id: ID!, $reason: String!, $revision: Int) {\n    returnSubmission(id: $id, reason: $reason, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n": types.ReturnSubmissionDocument,
    "\n  query SubmissionSemesters {\n    semesters {\n      code\n      name\n    }\n    currentSemester {\n      code\n      name\n    }\n  }\n": types.SubmissionSemestersDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    collegeCode\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation SetTrainingProgramme($semester: String!, $moduleCodes: [String!]!, $minSelfDesignedAttendance: Int!) {\n    setTrainingProgramme(semester: $semester, moduleCodes: $moduleCodes, minSelfDesignedAttendance: $minSelfDesignedAttendance) {\n      ...TrainingProgrammeFields\n    }\n  }\n": types.SetTrainingProgrammeDocument,
    "\n  mutation SetSemester($input: SetSemesterInput!) {\n    setSemester(input: $input) {\n      ...SemesterFields\n    }\n  }\n": types.SetSemesterDocument,
    "\n  mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n": types.CreateTrainingSessionDocument,
    "\n  mutation UpdateTrainingSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n": types.UpdateTrainingSessionDocument,
    "\n  mutation SetTrainingSessionHeld($id: ID!, $version: Int!, $held: Boolean!, $heldOn: String) {\n    setTrainingSessionHeld(id: $id, version: $version, held: $held, heldOn: $heldOn) {\n      ...TrainingSessionFields\n    }\n  }\n": types.SetTrainingSessionHeldDocument,
    "\n  mutation DeleteTrainingSession($id: ID!) {\n    deleteTrainingSession(id: $id)\n  }\n": types.DeleteTrainingSessionDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $studentNos: [String!]!) {\n    recordAttendance(sessionId: $sessionId, studentNos: $studentNos) {\n      added\n      unchanged\n      session {\n        ...TrainingSessionFields\n      }\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation RemoveAttendance($sessionId: ID!, $studentNo: String!) {\n    removeAttendance(sessionId: $sessionId, studentNo: $studentNo) {\n      ...TrainingSessionFields\n    }\n  }\n": types.RemoveAttendanceDocument,
    "\n  mutation RecordModuleCompletions($semester: String!, $moduleCode: String!, $studentNos: [String!]!, $completedOn: String) {\n    recordModuleCompletions(semester: $semester, moduleCode: $moduleCode, studentNos: $studentNos, completedOn: $completedOn) {\n      created\n      unchanged\n    }\n  }\n": types.RecordModuleCompletionsDocument,
    "\n  mutation RemoveModuleCompletion($semester: String!, $moduleCode: String!, $studentNo: String!) {\n    removeModuleCompletion(semester: $semester, moduleCode: $moduleCode, studentNo: $studentNo)\n  }\n": types.RemoveModuleCompletionDocument,
    "\n  fragment TrainingImportResultFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n  }\n": types.TrainingImportResultFieldsFragmentDoc,
    "\n  mutation ImportTraining($kind: TrainingImportKind!, $semester: String!, $csv: String!, $dryRun: Boolean!) {\n    importTraining(kind: $kind, semester: $semester, csv: $csv, dryRun: $dryRun) {\n      ...TrainingImportResultFields\n    }\n  }\n": types.ImportTrainingDocument,
    "\n  mutation ImportTrainingXlsx($kind: TrainingImportKind!, $semester: String!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importTrainingXlsx(kind: $kind, semester: $semester, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...TrainingImportResultFields\n    }\n  }\n": types.ImportTrainingXlsxDocument,
    "\n  fragment TrainingProgrammeFields on TrainingProgramme {\n    semester\n    isDefault\n    moduleCodes\n    modules {\n      code\n      name\n    }\n    minSelfDesignedAttendance\n    sessionTargetMin\n    sessionTargetMax\n  }\n": types.TrainingProgrammeFieldsFragmentDoc,
    "\n  fragment TrainingRowFields on TrainingRow {\n    collegeCode\n    collegeName\n    trainees\n    basicCompleted\n    basicCompletion\n    attendedSelfDesigned\n    selfDesignedAttendance\n    completed\n    completion\n    selfDesignedSessionsHeld\n  }\n": types.TrainingRowFieldsFragmentDoc,
    "\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    version\n    code\n    collegeCode\n    collegeName\n    semester\n    title\n    levels\n    audiences\n    form\n    speaker\n    place\n    plannedOn\n    status\n    held\n    heldOn\n    attendanceCount\n  }\n": types.TrainingSessionFieldsFragmentDoc,
    "\n  fragment SemesterFields on Semester {\n    code\n    name\n    startsOn\n    endsOn\n    stored\n    version\n  }\n": types.SemesterFieldsFragmentDoc,
    "\n  query Semesters {\n    semesters {\n      ...SemesterFields\n    }\n    currentSemester {\n      ...SemesterFields\n    }\n  }\n": types.SemestersDocument,
    "\n  query TrainingCompletion($level: NetworkLevel!, $semester: String!) {\n    trainingCompletion(level: $level, semester: $semester) {\n      level\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      colleges {\n        ...TrainingRowFields\n      }\n      total {\n        ...TrainingRowFields\n      }\n    }\n  }\n": types.TrainingCompletionDocument,
    "\n  query CollegeTraining($collegeCode: String!, $level: NetworkLevel!, $semester: String!) {\n    collegeTraining(collegeCode: $collegeCode, level: $level, semester: $semester) {\n      collegeCode\n      collegeName\n      level\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      summary {\n        ...TrainingRowFields\n      }\n      sessions {\n        ...TrainingSessionFields\n      }\n      trainees {\n        studentNo\n        name\n        classCode\n        dormCode\n        posts\n        modulesDone\n        modulesMissing\n        sessionsAttended\n        basicCompleted\n        attendedSelfDesigned\n        completed\n      }\n    }\n  }\n": types.CollegeTrainingDocument,
    "\n  query SessionAttendees($sessionId: ID!) {\n    sessionAttendees(sessionId: $sessionId) {\n      studentNo\n      name\n      counts\n    }\n  }\n": types.SessionAttendeesDocument,
    "\n  query TrainingPlanDocument($collegeCode: String!, $semester: String!) {\n    trainingPlanDocument(collegeCode: $collegeCode, semester: $semester) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.TrainingPlanDocumentDocument,
    "\n  query TrainingProgramme($semester: String!) {\n    trainingProgramme(semester: $semester) {\n      ...TrainingProgrammeFields\n    }\n  }\n": types.TrainingProgrammeDocument,
    "\n  query MyTraining($semester: String!, $studentNo: String!) {\n    myTraining(semester: $semester) {\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      status {\n        studentNo\n        name\n        classCode\n        dormCode\n        posts\n        modulesDone\n        modulesMissing\n        sessionsAttended\n        basicCompleted\n        attendedSelfDesigned\n        completed\n      }\n      sessions {\n        ...TrainingSessionFields\n      }\n      attendedSessionCodes\n    }\n    me: students(search: $studentNo, first: 1) {\n      edges {\n        node {\n          id\n          studentNo\n          collegeCode\n          classCode\n          className\n          dormCode\n          level\n        }\n      }\n    }\n  }\n": types.MyTrainingDocument,
    "\n  query MyDorms($collegeCode: String!, $level: NetworkLevel!) {\n    dormitories(collegeCode: $collegeCode, level: $level) {\n      id\n      code\n      building\n      room\n    }\n  }\n": types.MyDormsDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    roles\n    grants {\n      role\n      collegeCode\n    }\n    staffNo\n    studentNo\n    active\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment AccessScopeFields on AccessScope {\n    all\n    collegeCodes\n    classCodes\n    dormCodes\n  }\n": types.AccessScopeFieldsFragmentDoc,
    "\n  query MyAccess {\n    myAccess {\n      user {\n        ...UserFields\n      }\n      rosterScope {\n        ...AccessScopeFields\n      }\n      aggregateScope {\n        ...AccessScopeFields\n      }\n      writeScope {\n        ...AccessScopeFields\n      }\n      canWriteRoster\n      canManageAccess\n      canReadAudit\n    }\n  }\n": types.MyAccessDocument,
    "\n  query CollegeOptions {\n    colleges {\n      id\n      code\n      name\n    }\n  }\n": types.CollegeOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlaces {\n    colleges {\n      id\n      code\n    }\n    undergraduate: students(first: 1, level: UNDERGRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n    graduate: students(first: 1, level: GRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlaces {\n    colleges {\n      id\n      code\n    }\n    undergraduate: students(first: 1, level: UNDERGRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n    graduate: students(first: 1, level: GRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePostHolderAccounts($input: CreatePostHolderAccountsInput!) {\n    createPostHolderAccounts(input: $input) {\n      created\n      reissued\n      skipped\n      expiresAt\n      csv\n      xlsxBase64\n      rows {\n        collegeCode\n        units\n        name\n        studentNo\n        username\n        code\n        newAccount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePostHolderAccounts($input: CreatePostHolderAccountsInput!) {\n    createPostHolderAccounts(input: $input) {\n      created\n      reissued\n      skipped\n      expiresAt\n      csv\n      xlsxBase64\n      rows {\n        collegeCode\n        units\n        name\n        studentNo\n        username\n        code\n        newAccount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserGrants($userId: ID!, $grants: [GrantInput!]!) {\n    setUserGrants(userId: $userId, grants: $grants) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserGrants($userId: ID!, $grants: [GrantInput!]!) {\n    setUserGrants(userId: $userId, grants: $grants) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $offset: Int!, $limit: Int!) {\n    users(search: $search, offset: $offset, limit: $limit) {\n      ...UserFields\n    }\n    userCount(search: $search)\n  }\n"): (typeof documents)["\n  query Users($search: String, $offset: Int!, $limit: Int!) {\n    users(search: $search, offset: $offset, limit: $limit) {\n      ...UserFields\n    }\n    userCount(search: $search)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions {\n      prefix\n      nameZh\n      nameEn\n      actions {\n        action\n        nameZh\n        nameEn\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions {\n      prefix\n      nameZh\n      nameEn\n      actions {\n        action\n        nameZh\n        nameEn\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventsCsv($filter: AuditFilterInput) {\n    auditEventsCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query AuditEventsCsv($filter: AuditFilterInput) {\n    auditEventsCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorKind\n        actorName\n        actorRoles\n        action\n        recordType\n        recordId\n        studentNo\n        detail\n        clientAddress\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilterInput, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorKind\n        actorName\n        actorRoles\n        action\n        recordType\n        recordId\n        studentNo\n        detail\n        clientAddress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateAccount($username: String!, $code: String!, $newPassword: String!) {\n    activateAccount(username: $username, code: $code, newPassword: $newPassword) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateAccount($username: String!, $code: String!, $newPassword: String!) {\n    activateAccount(username: $username, code: $code, newPassword: $newPassword) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageHistory($level: NetworkLevel!, $semester: String!) {\n    coverageHistory(level: $level, semester: $semester) {\n      level\n      from\n      to\n      points {\n        weekStart\n        measuredOn\n        classes\n        classesCovered\n        dormitories\n        dormitoriesCovered\n        classCoverage\n        dormCoverage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageHistory($level: NetworkLevel!, $semester: String!) {\n    coverageHistory(level: $level, semester: $semester) {\n      level\n      from\n      to\n      points {\n        weekStart\n        measuredOn\n        classes\n        classesCovered\n        dormitories\n        dormitoriesCovered\n        classCoverage\n        dormCoverage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkCoverage($level: NetworkLevel!) {\n    networkCoverage(level: $level) {\n      level\n      total {\n        ...CoverageRowFields\n      }\n      colleges {\n        ...CoverageRowFields\n      }\n    }\n  }\n\n  fragment CoverageRowFields on CoverageRow {\n    collegeCode\n    collegeName\n    colleges\n    classes\n    classesCovered\n    classCoverage\n    dormitories\n    dormitoriesCovered\n    dormCoverage\n    committeeMembers\n    dormOfficers\n    collegesWithCompleteWorkingGroup\n    collegesWithWorkstation\n    workingGroupCompleteness\n    workstationPresence\n  }\n"): (typeof documents)["\n  query NetworkCoverage($level: NetworkLevel!) {\n    networkCoverage(level: $level) {\n      level\n      total {\n        ...CoverageRowFields\n      }\n      colleges {\n        ...CoverageRowFields\n      }\n    }\n  }\n\n  fragment CoverageRowFields on CoverageRow {\n    collegeCode\n    collegeName\n    colleges\n    classes\n    classesCovered\n    classCoverage\n    dormitories\n    dormitoriesCovered\n    dormCoverage\n    committeeMembers\n    dormOfficers\n    collegesWithCompleteWorkingGroup\n    collegesWithWorkstation\n    workingGroupCompleteness\n    workstationPresence\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointDormOfficer($input: AppointDormOfficerInput!) {\n    appointDormOfficer(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointDormOfficer($input: AppointDormOfficerInput!) {\n    appointDormOfficer(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointSuggestedOfficers($input: AppointSuggestedOfficersInput!) {\n    appointSuggestedOfficers(input: $input) {\n      collegeCode\n      level\n      dryRun\n      appointed\n      rows {\n        dormCode\n        building\n        room\n        studentNo\n        studentName\n        problem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointSuggestedOfficers($input: AppointSuggestedOfficersInput!) {\n    appointSuggestedOfficers(input: $input) {\n      collegeCode\n      level\n      dryRun\n      appointed\n      rows {\n        dormCode\n        building\n        room\n        studentNo\n        studentName\n        problem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateStudents($classCode: String, $dormCode: String) {\n    students(classCode: $classCode, dormCode: $dormCode, status: ENROLLED, first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          studentNo\n          name\n          isDormHead\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateStudents($classCode: String, $dormCode: String) {\n    students(classCode: $classCode, dormCode: $dormCode, status: ENROLLED, first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          studentNo\n          name\n          isDormHead\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollegeRoster($collegeCode: String!, $level: NetworkLevel!) {\n    roster(collegeCode: $collegeCode, level: $level) {\n      level\n      college {\n        id\n        code\n        name\n      }\n      summary {\n        classes\n        classesCovered\n        classCoverage\n        dormitories\n        dormitoriesCovered\n        dormCoverage\n        committeeMembers\n        dormOfficers\n      }\n      hasWorkstation\n      missingPositions\n      workingGroup {\n        id\n        position\n        levels\n        staff {\n          id\n          staffNo\n          name\n        }\n      }\n      workstation {\n        id\n        room\n        facilities\n        missingFacilities\n        version\n      }\n      classes {\n        active\n        covered\n        enrolledCount\n        classGroup {\n          id\n          code\n          name\n          grade\n          counselor {\n            id\n            staffNo\n            name\n          }\n        }\n        committeeMembers {\n          id\n          startedOn\n          endReason\n          student {\n            id\n            studentNo\n            name\n          }\n        }\n      }\n      dormitories {\n        active\n        covered\n        enrolledResidents\n        dormitory {\n          id\n          code\n          building\n          room\n        }\n        officer {\n          id\n          startedOn\n          student {\n            id\n            studentNo\n            name\n          }\n        }\n        suggestedOfficer {\n          id\n          studentNo\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollegeRoster($collegeCode: String!, $level: NetworkLevel!) {\n    roster(collegeCode: $collegeCode, level: $level) {\n      level\n      college {\n        id\n        code\n        name\n      }\n      summary {\n        classes\n        classesCovered\n        classCoverage\n        dormitories\n        dormitoriesCovered\n        dormCoverage\n        committeeMembers\n        dormOfficers\n      }\n      hasWorkstation\n      missingPositions\n      workingGroup {\n        id\n        position\n        levels\n        staff {\n          id\n          staffNo\n          name\n        }\n      }\n      workstation {\n        id\n        room\n        facilities\n        missingFacilities\n        version\n      }\n      classes {\n        active\n        covered\n        enrolledCount\n        classGroup {\n          id\n          code\n          name\n          grade\n          counselor {\n            id\n            staffNo\n            name\n          }\n        }\n        committeeMembers {\n          id\n          startedOn\n          endReason\n          student {\n            id\n            studentNo\n            name\n          }\n        }\n      }\n      dormitories {\n        active\n        covered\n        enrolledResidents\n        dormitory {\n          id\n          code\n          building\n          room\n        }\n        officer {\n          id\n          startedOn\n          student {\n            id\n            studentNo\n            name\n          }\n        }\n        suggestedOfficer {\n          id\n          studentNo\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollegeStaff($collegeCode: String!) {\n    staff(collegeCode: $collegeCode) {\n      id\n      staffNo\n      name\n      collegeCode\n    }\n  }\n"): (typeof documents)["\n  query CollegeStaff($collegeCode: String!) {\n    staff(collegeCode: $collegeCode) {\n      id\n      staffNo\n      name\n      collegeCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCommitteeMember($input: EndAppointmentInput!) {\n    endCommitteeMember(input: $input) {\n      id\n      active\n      endedOn\n      endReason\n    }\n  }\n"): (typeof documents)["\n  mutation EndCommitteeMember($input: EndAppointmentInput!) {\n    endCommitteeMember(input: $input) {\n      id\n      active\n      endedOn\n      endReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndDormOfficer($input: EndAppointmentInput!) {\n    endDormOfficer(input: $input) {\n      id\n      active\n      endedOn\n      endReason\n    }\n  }\n"): (typeof documents)["\n  mutation EndDormOfficer($input: EndAppointmentInput!) {\n    endDormOfficer(input: $input) {\n      id\n      active\n      endedOn\n      endReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWorkingGroupMember($id: ID!) {\n    removeWorkingGroupMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveWorkingGroupMember($id: ID!) {\n    removeWorkingGroupMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkstation($input: WorkstationInput!) {\n    setWorkstation(input: $input) {\n      id\n      room\n      facilities\n      missingFacilities\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkstation($input: WorkstationInput!) {\n    setWorkstation(input: $input) {\n      id\n      room\n      facilities\n      missingFacilities\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertWorkingGroupMember($input: WorkingGroupMemberInput!) {\n    upsertWorkingGroupMember(input: $input) {\n      id\n      position\n      levels\n      staff {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertWorkingGroupMember($input: WorkingGroupMemberInput!) {\n    upsertWorkingGroupMember(input: $input) {\n      id\n      position\n      levels\n      staff {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollegeClasses($collegeCode: String!, $level: NetworkLevel) {\n    classes(collegeCode: $collegeCode, level: $level) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query CollegeClasses($collegeCode: String!, $level: NetworkLevel) {\n    classes(collegeCode: $collegeCode, level: $level) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleges {\n    colleges {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Colleges {\n    colleges {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchClasses($search: String!, $collegeCode: String, $level: NetworkLevel) {\n    searchClasses(search: $search, collegeCode: $collegeCode, level: $level, first: 20) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query SearchClasses($search: String!, $collegeCode: String, $level: NetworkLevel) {\n    searchClasses(search: $search, collegeCode: $collegeCode, level: $level, first: 20) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Students(\n    $first: Int\n    $offset: Int\n    $level: NetworkLevel\n    $collegeCode: String\n    $classCode: String\n    $classSearch: String\n    $status: StudentStatus\n    $search: String\n  ) {\n    students(\n      first: $first\n      offset: $offset\n      level: $level\n      collegeCode: $collegeCode\n      classCode: $classCode\n      classSearch: $classSearch\n      status: $status\n      search: $search\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          studentNo\n          name\n          gender\n          collegeCode\n          classCode\n          className\n          dormCode\n          isDormHead\n          level\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Students(\n    $first: Int\n    $offset: Int\n    $level: NetworkLevel\n    $collegeCode: String\n    $classCode: String\n    $classSearch: String\n    $status: StudentStatus\n    $search: String\n  ) {\n    students(\n      first: $first\n      offset: $offset\n      level: $level\n      collegeCode: $collegeCode\n      classCode: $classCode\n      classSearch: $classSearch\n      status: $status\n      search: $search\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          studentNo\n          name\n          gender\n          collegeCode\n          classCode\n          className\n          dormCode\n          isDormHead\n          level\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportResultFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    appointmentsEnded\n    errors {\n      row\n      column\n      message\n    }\n    added {\n      ...ImportItemListFields\n    }\n    changed {\n      ...ImportItemListFields\n    }\n    ended {\n      ...ImportItemListFields\n    }\n  }\n  fragment ImportItemListFields on ImportItemList {\n    total\n    items {\n      row\n      key\n      name\n      detail\n      columns\n    }\n  }\n"): (typeof documents)["\n  fragment ImportResultFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    appointmentsEnded\n    errors {\n      row\n      column\n      message\n    }\n    added {\n      ...ImportItemListFields\n    }\n    changed {\n      ...ImportItemListFields\n    }\n    ended {\n      ...ImportItemListFields\n    }\n  }\n  fragment ImportItemListFields on ImportItemList {\n    total\n    items {\n      row\n      key\n      name\n      detail\n      columns\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {\n    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {\n    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningSemesters {\n    currentSemester {\n      code\n      name\n    }\n    semesters {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ScreeningSemesters {\n    currentSemester {\n      code\n      name\n    }\n    semesters {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningCampaigns($semester: String) {\n    screeningCampaigns(semester: $semester) {\n      id\n      name\n      instrument\n      semester\n      levels\n      followUpDays\n      opensOn\n      closesOn\n      results\n      currentRuleVersion\n    }\n  }\n"): (typeof documents)["\n  query ScreeningCampaigns($semester: String) {\n    screeningCampaigns(semester: $semester) {\n      id\n      name\n      instrument\n      semester\n      levels\n      followUpDays\n      opensOn\n      closesOn\n      results\n      currentRuleVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpRowFields on FollowUpRow {\n    collegeCode\n    collegeName\n    screened\n    flagged\n    flaggedRate\n    pending\n    inProgress\n    referred\n    closed\n    closedRate\n    overdue\n    overdueRate\n    suppressed\n  }\n"): (typeof documents)["\n  fragment FollowUpRowFields on FollowUpRow {\n    collegeCode\n    collegeName\n    screened\n    flagged\n    flaggedRate\n    pending\n    inProgress\n    referred\n    closed\n    closedRate\n    overdue\n    overdueRate\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningFollowUp($level: NetworkLevel!, $campaignId: ID, $semester: String) {\n    screeningFollowUp(level: $level, campaignId: $campaignId, semester: $semester) {\n      asOf\n      level\n      suppressedRows\n      colleges {\n        ...FollowUpRowFields\n      }\n      total {\n        ...FollowUpRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScreeningFollowUp($level: NetworkLevel!, $campaignId: ID, $semester: String) {\n    screeningFollowUp(level: $level, campaignId: $campaignId, semester: $semester) {\n      asOf\n      level\n      suppressedRows\n      colleges {\n        ...FollowUpRowFields\n      }\n      total {\n        ...FollowUpRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpFields on FollowUp {\n    id\n    version\n    campaignId\n    resultId\n    campaignName\n    instrument\n    studentName\n    studentNo\n    classCode\n    collegeCode\n    level\n    counselorName\n    takenAt\n    dueAt\n    overdue\n    urgent\n    tier\n    status\n    referredTo\n    steps {\n      actor\n      at\n      fromStatus\n      toStatus\n      note\n      referredTo\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpFields on FollowUp {\n    id\n    version\n    campaignId\n    resultId\n    campaignName\n    instrument\n    studentName\n    studentNo\n    classCode\n    collegeCode\n    level\n    counselorName\n    takenAt\n    dueAt\n    overdue\n    urgent\n    tier\n    status\n    referredTo\n    steps {\n      actor\n      at\n      fromStatus\n      toStatus\n      note\n      referredTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUps($filter: FollowUpFilter, $first: Int!, $offset: Int!) {\n    followUps(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...FollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUps($filter: FollowUpFilter, $first: Int!, $offset: Int!) {\n    followUps(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...FollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenFollowUpsCount {\n    followUps(filter: { openOnly: true }, first: 0, offset: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OpenFollowUpsCount {\n    followUps(filter: { openOnly: true }, first: 0, offset: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUp($id: ID!, $status: FollowUpStatus!, $note: String!, $referredTo: ReferralTarget, $version: Int) {\n    updateFollowUp(id: $id, status: $status, note: $note, referredTo: $referredTo, version: $version) {\n      ...FollowUpFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUp($id: ID!, $status: FollowUpStatus!, $note: String!, $referredTo: ReferralTarget, $version: Int) {\n    updateFollowUp(id: $id, status: $status, note: $note, referredTo: $referredTo, version: $version) {\n      ...FollowUpFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningResultDetail($id: ID!) {\n    screeningResult(id: $id) {\n      id\n      studentName\n      studentNo\n      instrument\n      takenAt\n      answers\n      total\n      tier\n      flagged\n      urgent\n      reasons\n      ruleVersion\n      disclaimer\n    }\n  }\n"): (typeof documents)["\n  query ScreeningResultDetail($id: ID!) {\n    screeningResult(id: $id) {\n      id\n      studentName\n      studentNo\n      instrument\n      takenAt\n      answers\n      total\n      tier\n      flagged\n      urgent\n      reasons\n      ruleVersion\n      disclaimer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts {\n    alerts(first: 20, unreadOnly: false) {\n      unread\n      items {\n        id\n        kind\n        read\n        createdAt\n        followUp {\n          id\n          studentName\n          studentNo\n          classCode\n          instrument\n          dueAt\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Alerts {\n    alerts(first: 20, unreadOnly: false) {\n      unread\n      items {\n        id\n        kind\n        read\n        createdAt\n        followUp {\n          id\n          studentName\n          studentNo\n          classCode\n          instrument\n          dueAt\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAlertsRead($ids: [ID!]!) {\n    markAlertsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkAlertsRead($ids: [ID!]!) {\n    markAlertsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScreeningCampaign($input: CreateScreeningCampaignInput!) {\n    createScreeningCampaign(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScreeningCampaign($input: CreateScreeningCampaignInput!) {\n    createScreeningCampaign(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportScreeningResults($campaignId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importScreeningResults(campaignId: $campaignId, csv: $csv, dryRun: $dryRun) {\n      ...ScreeningImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportScreeningResults($campaignId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importScreeningResults(campaignId: $campaignId, csv: $csv, dryRun: $dryRun) {\n      ...ScreeningImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportScreeningResultsXlsx($campaignId: ID!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importScreeningResultsXlsx(campaignId: $campaignId, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...ScreeningImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportScreeningResultsXlsx($campaignId: ID!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importScreeningResultsXlsx(campaignId: $campaignId, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...ScreeningImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScreeningImportFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ScreeningImportFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescoreScreeningResults($campaignId: ID!, $ruleVersion: String, $dryRun: Boolean!) {\n    rescoreScreeningResults(campaignId: $campaignId, ruleVersion: $ruleVersion, dryRun: $dryRun) {\n      dryRun\n      results\n      changed\n      followUpsOpened\n      ruleVersion\n      changes {\n        studentNo\n        studentName\n        fromVersion\n        fromTotal\n        toTotal\n        fromTier\n        toTier\n        fromFlagged\n        toFlagged\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RescoreScreeningResults($campaignId: ID!, $ruleVersion: String, $dryRun: Boolean!) {\n    rescoreScreeningResults(campaignId: $campaignId, ruleVersion: $ruleVersion, dryRun: $dryRun) {\n      dryRun\n      results\n      changed\n      followUpsOpened\n      ruleVersion\n      changes {\n        studentNo\n        studentName\n        fromVersion\n        fromTotal\n        toTotal\n        fromTier\n        toTier\n        fromFlagged\n        toFlagged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionFields on Submission {\n    id\n    collegeCode\n    collegeName\n    semester\n    kind\n    level\n    state\n    version\n    revision\n    dueOn\n    daysLeft\n    late\n    submittedAt\n    paperReceivedOn\n    returnReason\n    digest\n    history {\n      fromState\n      toState\n      version\n      actor\n      at\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment SubmissionFields on Submission {\n    id\n    collegeCode\n    collegeName\n    semester\n    kind\n    level\n    state\n    version\n    revision\n    dueOn\n    daysLeft\n    late\n    submittedAt\n    paperReceivedOn\n    returnReason\n    digest\n    history {\n      fromState\n      toState\n      version\n      actor\n      at\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollegeChecklist($collegeCode: String!, $semester: String!) {\n    collegeChecklist(collegeCode: $collegeCode, semester: $semester) {\n      collegeCode\n      collegeName\n      semester\n      levels\n      items {\n        key\n        level\n        done\n        blocking\n        count\n        of\n        text\n        daysLeft\n        submission {\n          ...SubmissionFields\n          changedSinceSubmission\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollegeChecklist($collegeCode: String!, $semester: String!) {\n    collegeChecklist(collegeCode: $collegeCode, semester: $semester) {\n      collegeCode\n      collegeName\n      semester\n      levels\n      items {\n        key\n        level\n        done\n        blocking\n        count\n        of\n        text\n        daysLeft\n        submission {\n          ...SubmissionFields\n          changedSinceSubmission\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Submissions($semester: String!, $level: NetworkLevel) {\n    submissions(semester: $semester, level: $level) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  query Submissions($semester: String!, $level: NetworkLevel) {\n    submissions(semester: $semester, level: $level) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionCheck($input: SubmitInput!) {\n    submissionCheck(input: $input) {\n      blocking\n      warnings\n    }\n  }\n"): (typeof documents)["\n  query SubmissionCheck($input: SubmitInput!) {\n    submissionCheck(input: $input) {\n      blocking\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionDocument($id: ID!, $version: Int) {\n    submissionDocument(id: $id, version: $version) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query SubmissionDocument($id: ID!, $version: Int) {\n    submissionDocument(id: $id, version: $version) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Submit($input: SubmitInput!) {\n    submit(input: $input) {\n      ...SubmissionFields\n      changedSinceSubmission\n    }\n  }\n"): (typeof documents)["\n  mutation Submit($input: SubmitInput!) {\n    submit(input: $input) {\n      ...SubmissionFields\n      changedSinceSubmission\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSubmissionDeadline($semester: String!, $kind: SubmissionKind!, $dueOn: String!) {\n    setSubmissionDeadline(semester: $semester, kind: $kind, dueOn: $dueOn) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetSubmissionDeadline($semester: String!, $kind: SubmissionKind!, $dueOn: String!) {\n    setSubmissionDeadline(semester: $semester, kind: $kind, dueOn: $dueOn) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPaperReceipt($id: ID!, $receivedOn: String!, $revision: Int) {\n    recordPaperReceipt(id: $id, receivedOn: $receivedOn, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPaperReceipt($id: ID!, $receivedOn: String!, $revision: Int) {\n    recordPaperReceipt(id: $id, receivedOn: $receivedOn, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSubmission($id: ID!, $revision: Int) {\n    acceptSubmission(id: $id, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSubmission($id: ID!, $revision: Int) {\n    acceptSubmission(id: $id, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSubmission($id: ID!, $reason: String!, $revision: Int) {\n    returnSubmission(id: $id, reason: $reason, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnSubmission($id: ID!, $reason: String!, $revision: Int) {\n    returnSubmission(id: $id, reason: $reason, revision: $revision) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionSemesters {\n    semesters {\n      code\n      name\n    }\n    currentSemester {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query SubmissionSemesters {\n    semesters {\n      code\n      name\n    }\n    currentSemester {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    collegeCode\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    collegeCode\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrainingProgramme($semester: String!, $moduleCodes: [String!]!, $minSelfDesignedAttendance: Int!) {\n    setTrainingProgramme(semester: $semester, moduleCodes: $moduleCodes, minSelfDesignedAttendance: $minSelfDesignedAttendance) {\n      ...TrainingProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTrainingProgramme($semester: String!, $moduleCodes: [String!]!, $minSelfDesignedAttendance: Int!) {\n    setTrainingProgramme(semester: $semester, moduleCodes: $moduleCodes, minSelfDesignedAttendance: $minSelfDesignedAttendance) {\n      ...TrainingProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSemester($input: SetSemesterInput!) {\n    setSemester(input: $input) {\n      ...SemesterFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetSemester($input: SetSemesterInput!) {\n    setSemester(input: $input) {\n      ...SemesterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) {\n      ...TrainingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrainingSessionHeld($id: ID!, $version: Int!, $held: Boolean!, $heldOn: String) {\n    setTrainingSessionHeld(id: $id, version: $version, held: $held, heldOn: $heldOn) {\n      ...TrainingSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTrainingSessionHeld($id: ID!, $version: Int!, $held: Boolean!, $heldOn: String) {\n    setTrainingSessionHeld(id: $id, version: $version, held: $held, heldOn: $heldOn) {\n      ...TrainingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTrainingSession($id: ID!) {\n    deleteTrainingSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTrainingSession($id: ID!) {\n    deleteTrainingSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($sessionId: ID!, $studentNos: [String!]!) {\n    recordAttendance(sessionId: $sessionId, studentNos: $studentNos) {\n      added\n      unchanged\n      session {\n        ...TrainingSessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($sessionId: ID!, $studentNos: [String!]!) {\n    recordAttendance(sessionId: $sessionId, studentNos: $studentNos) {\n      added\n      unchanged\n      session {\n        ...TrainingSessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAttendance($sessionId: ID!, $studentNo: String!) {\n    removeAttendance(sessionId: $sessionId, studentNo: $studentNo) {\n      ...TrainingSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAttendance($sessionId: ID!, $studentNo: String!) {\n    removeAttendance(sessionId: $sessionId, studentNo: $studentNo) {\n      ...TrainingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordModuleCompletions($semester: String!, $moduleCode: String!, $studentNos: [String!]!, $completedOn: String) {\n    recordModuleCompletions(semester: $semester, moduleCode: $moduleCode, studentNos: $studentNos, completedOn: $completedOn) {\n      created\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation RecordModuleCompletions($semester: String!, $moduleCode: String!, $studentNos: [String!]!, $completedOn: String) {\n    recordModuleCompletions(semester: $semester, moduleCode: $moduleCode, studentNos: $studentNos, completedOn: $completedOn) {\n      created\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveModuleCompletion($semester: String!, $moduleCode: String!, $studentNo: String!) {\n    removeModuleCompletion(semester: $semester, moduleCode: $moduleCode, studentNo: $studentNo)\n  }\n"): (typeof documents)["\n  mutation RemoveModuleCompletion($semester: String!, $moduleCode: String!, $studentNo: String!) {\n    removeModuleCompletion(semester: $semester, moduleCode: $moduleCode, studentNo: $studentNo)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingImportResultFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingImportResultFields on ImportResult {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTraining($kind: TrainingImportKind!, $semester: String!, $csv: String!, $dryRun: Boolean!) {\n    importTraining(kind: $kind, semester: $semester, csv: $csv, dryRun: $dryRun) {\n      ...TrainingImportResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTraining($kind: TrainingImportKind!, $semester: String!, $csv: String!, $dryRun: Boolean!) {\n    importTraining(kind: $kind, semester: $semester, csv: $csv, dryRun: $dryRun) {\n      ...TrainingImportResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTrainingXlsx($kind: TrainingImportKind!, $semester: String!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importTrainingXlsx(kind: $kind, semester: $semester, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...TrainingImportResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTrainingXlsx($kind: TrainingImportKind!, $semester: String!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importTrainingXlsx(kind: $kind, semester: $semester, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      ...TrainingImportResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingProgrammeFields on TrainingProgramme {\n    semester\n    isDefault\n    moduleCodes\n    modules {\n      code\n      name\n    }\n    minSelfDesignedAttendance\n    sessionTargetMin\n    sessionTargetMax\n  }\n"): (typeof documents)["\n  fragment TrainingProgrammeFields on TrainingProgramme {\n    semester\n    isDefault\n    moduleCodes\n    modules {\n      code\n      name\n    }\n    minSelfDesignedAttendance\n    sessionTargetMin\n    sessionTargetMax\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingRowFields on TrainingRow {\n    collegeCode\n    collegeName\n    trainees\n    basicCompleted\n    basicCompletion\n    attendedSelfDesigned\n    selfDesignedAttendance\n    completed\n    completion\n    selfDesignedSessionsHeld\n  }\n"): (typeof documents)["\n  fragment TrainingRowFields on TrainingRow {\n    collegeCode\n    collegeName\n    trainees\n    basicCompleted\n    basicCompletion\n    attendedSelfDesigned\n    selfDesignedAttendance\n    completed\n    completion\n    selfDesignedSessionsHeld\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    version\n    code\n    collegeCode\n    collegeName\n    semester\n    title\n    levels\n    audiences\n    form\n    speaker\n    place\n    plannedOn\n    status\n    held\n    heldOn\n    attendanceCount\n  }\n"): (typeof documents)["\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    version\n    code\n    collegeCode\n    collegeName\n    semester\n    title\n    levels\n    audiences\n    form\n    speaker\n    place\n    plannedOn\n    status\n    held\n    heldOn\n    attendanceCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SemesterFields on Semester {\n    code\n    name\n    startsOn\n    endsOn\n    stored\n    version\n  }\n"): (typeof documents)["\n  fragment SemesterFields on Semester {\n    code\n    name\n    startsOn\n    endsOn\n    stored\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Semesters {\n    semesters {\n      ...SemesterFields\n    }\n    currentSemester {\n      ...SemesterFields\n    }\n  }\n"): (typeof documents)["\n  query Semesters {\n    semesters {\n      ...SemesterFields\n    }\n    currentSemester {\n      ...SemesterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCompletion($level: NetworkLevel!, $semester: String!) {\n    trainingCompletion(level: $level, semester: $semester) {\n      level\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      colleges {\n        ...TrainingRowFields\n      }\n      total {\n        ...TrainingRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingCompletion($level: NetworkLevel!, $semester: String!) {\n    trainingCompletion(level: $level, semester: $semester) {\n      level\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      colleges {\n        ...TrainingRowFields\n      }\n      total {\n        ...TrainingRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollegeTraining($collegeCode: String!, $level: NetworkLevel!, $semester: String!) {\n    collegeTraining(collegeCode: $collegeCode, level: $level, semester: $semester) {\n      collegeCode\n      collegeName\n      level\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      summary {\n        ...TrainingRowFields\n      }\n      sessions {\n        ...TrainingSessionFields\n      }\n      trainees {\n        studentNo\n        name\n        classCode\n        dormCode\n        posts\n        modulesDone\n        modulesMissing\n        sessionsAttended\n        basicCompleted\n        attendedSelfDesigned\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollegeTraining($collegeCode: String!, $level: NetworkLevel!, $semester: String!) {\n    collegeTraining(collegeCode: $collegeCode, level: $level, semester: $semester) {\n      collegeCode\n      collegeName\n      level\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      summary {\n        ...TrainingRowFields\n      }\n      sessions {\n        ...TrainingSessionFields\n      }\n      trainees {\n        studentNo\n        name\n        classCode\n        dormCode\n        posts\n        modulesDone\n        modulesMissing\n        sessionsAttended\n        basicCompleted\n        attendedSelfDesigned\n        completed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendees($sessionId: ID!) {\n    sessionAttendees(sessionId: $sessionId) {\n      studentNo\n      name\n      counts\n    }\n  }\n"): (typeof documents)["\n  query SessionAttendees($sessionId: ID!) {\n    sessionAttendees(sessionId: $sessionId) {\n      studentNo\n      name\n      counts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingPlanDocument($collegeCode: String!, $semester: String!) {\n    trainingPlanDocument(collegeCode: $collegeCode, semester: $semester) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query TrainingPlanDocument($collegeCode: String!, $semester: String!) {\n    trainingPlanDocument(collegeCode: $collegeCode, semester: $semester) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingProgramme($semester: String!) {\n    trainingProgramme(semester: $semester) {\n      ...TrainingProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  query TrainingProgramme($semester: String!) {\n    trainingProgramme(semester: $semester) {\n      ...TrainingProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTraining($semester: String!, $studentNo: String!) {\n    myTraining(semester: $semester) {\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      status {\n        studentNo\n        name\n        classCode\n        dormCode\n        posts\n        modulesDone\n        modulesMissing\n        sessionsAttended\n        basicCompleted\n        attendedSelfDesigned\n        completed\n      }\n      sessions {\n        ...TrainingSessionFields\n      }\n      attendedSessionCodes\n    }\n    me: students(search: $studentNo, first: 1) {\n      edges {\n        node {\n          id\n          studentNo\n          collegeCode\n          classCode\n          className\n          dormCode\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTraining($semester: String!, $studentNo: String!) {\n    myTraining(semester: $semester) {\n      semester\n      programme {\n        ...TrainingProgrammeFields\n      }\n      status {\n        studentNo\n        name\n        classCode\n        dormCode\n        posts\n        modulesDone\n        modulesMissing\n        sessionsAttended\n        basicCompleted\n        attendedSelfDesigned\n        completed\n      }\n      sessions {\n        ...TrainingSessionFields\n      }\n      attendedSessionCodes\n    }\n    me: students(search: $studentNo, first: 1) {\n      edges {\n        node {\n          id\n          studentNo\n          collegeCode\n          classCode\n          className\n          dormCode\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDorms($collegeCode: String!, $level: NetworkLevel!) {\n    dormitories(collegeCode: $collegeCode, level: $level) {\n      id\n      code\n      building\n      room\n    }\n  }\n"): (typeof documents)["\n  query MyDorms($collegeCode: String!, $level: NetworkLevel!) {\n    dormitories(collegeCode: $collegeCode, level: $level) {\n      id\n      code\n      building\n      room\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    roles\n    grants {\n      role\n      collegeCode\n    }\n    staffNo\n    studentNo\n    active\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    roles\n    grants {\n      role\n      collegeCode\n    }\n    staffNo\n    studentNo\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessScopeFields on AccessScope {\n    all\n    collegeCodes\n    classCodes\n    dormCodes\n  }\n"): (typeof documents)["\n  fragment AccessScopeFields on AccessScope {\n    all\n    collegeCodes\n    classCodes\n    dormCodes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccess {\n    myAccess {\n      user {\n        ...UserFields\n      }\n      rosterScope {\n        ...AccessScopeFields\n      }\n      aggregateScope {\n        ...AccessScopeFields\n      }\n      writeScope {\n        ...AccessScopeFields\n      }\n      canWriteRoster\n      canManageAccess\n      canReadAudit\n    }\n  }\n"): (typeof documents)["\n  query MyAccess {\n    myAccess {\n      user {\n        ...UserFields\n      }\n      rosterScope {\n        ...AccessScopeFields\n      }\n      aggregateScope {\n        ...AccessScopeFields\n      }\n      writeScope {\n        ...AccessScopeFields\n      }\n      canWriteRoster\n      canManageAccess\n      canReadAudit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollegeOptions {\n    colleges {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query CollegeOptions {\n    colleges {\n      id\n      code\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;