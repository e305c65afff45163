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
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword)\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation SetUserGrants($userId: ID!, $grants: [GrantInput!]!) {\n    setUserGrants(userId: $userId, grants: $grants) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserGrantsDocument,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query AuditEventsCsv($filter: AuditFilterInput) {\n    auditEventsCsv(filter: $filter)\n  }\n": typeof types.AuditEventsCsvDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorKind\n        actorName\n        actorRoles\n        action\n        recordType\n        recordId\n        studentNo\n        detail\n        clientAddress\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query CoverageHistory($level: NetworkLevel!, $semester: String!) {\n    coverageHistory(level: $level, semester: $semester) {\n      level\n      from\n      to\n      points {\n        weekStart\n        measuredOn\n        classes\n        classesCovered\n        dormitories\n        dormitoriesCovered\n        classCoverage\n        dormCoverage\n      }\n    }\n  }\n": typeof types.CoverageHistoryDocument,
    "\n  query NetworkCoverage($level: NetworkLevel!) {\n    networkCoverage(level: $level) {\n      level\n      total {\n        ...CoverageRowFields\n      }\n      colleges {\n        ...CoverageRowFields\n      }\n    }\n  }\n\n  fragment CoverageRowFields on CoverageRow {\n    collegeCode\n    collegeName\n    colleges\n    classes\n    classesCovered\n    classCoverage\n    dormitories\n    dormitoriesCovered\n    dormCoverage\n    committeeMembers\n    dormOfficers\n    collegesWithCompleteWorkingGroup\n    collegesWithWorkstation\n    workingGroupCompleteness\n    workstationPresence\n  }\n": typeof types.NetworkCoverageDocument,
    "\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AppointCommitteeMemberDocument,
    "\n  mutation AppointDormOfficer($input: AppointDormOfficerInput!) {\n    appointDormOfficer(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AppointDormOfficerDocument,
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
    "\n  query Students(\n    $first: Int\n    $after: String\n    $level: NetworkLevel\n    $collegeCode: String\n    $classCode: String\n    $status: StudentStatus\n    $search: String\n  ) {\n    students(\n      first: $first\n      after: $after\n      level: $level\n      collegeCode: $collegeCode\n      classCode: $classCode\n      status: $status\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          studentNo\n          name\n          gender\n          collegeCode\n          classCode\n          className\n          dormCode\n          isDormHead\n          level\n          status\n        }\n      }\n    }\n  }\n": typeof types.StudentsDocument,
    "\n  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      appointmentsEnded\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportRosterXlsxDocument,
    "\n  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {\n    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      appointmentsEnded\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportRosterDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    collegeCode\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    roles\n    grants {\n      role\n      collegeCode\n    }\n    staffNo\n    studentNo\n    active\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment AccessScopeFields on AccessScope {\n    all\n    collegeCodes\n    classCodes\n    dormCodes\n  }\n": typeof types.AccessScopeFieldsFragmentDoc,
    "\n  query MyAccess {\n    myAccess {\n      user {\n        ...UserFields\n      }\n      rosterScope {\n        ...AccessScopeFields\n      }\n      aggregateScope {\n        ...AccessScopeFields\n      }\n      writeScope {\n        ...AccessScopeFields\n      }\n      canWriteRoster\n      canManageAccess\n      canReadAudit\n    }\n  }\n": typeof types.MyAccessDocument,
    "\n  query CollegeOptions {\n    colleges {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CollegeOptionsDocument,
};
const documents: Documents = {
    "\n  query MyPlaces {\n    colleges {\n      id\n      code\n    }\n    undergraduate: students(first: 1, level: UNDERGRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n    graduate: students(first: 1, level: GRADUATE) {\n      totalCount\n      edges {\n        node {\n          id\n          collegeCode\n        }\n      }\n    }\n  }\n": types.MyPlacesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword)\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserFields\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation SetUserGrants($userId: ID!, $grants: [GrantInput!]!) {\n    setUserGrants(userId: $userId, grants: $grants) {\n      ...UserFields\n    }\n  }\n": types.SetUserGrantsDocument,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": types.UsersDocument,
    "\n  query AuditEventsCsv($filter: AuditFilterInput) {\n    auditEventsCsv(filter: $filter)\n  }\n": types.AuditEventsCsvDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorKind\n        actorName\n        actorRoles\n        action\n        recordType\n        recordId\n        studentNo\n        detail\n        clientAddress\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query CoverageHistory($level: NetworkLevel!, $semester: String!) {\n    coverageHistory(level: $level, semester: $semester) {\n      level\n      from\n      to\n      points {\n        weekStart\n        measuredOn\n        classes\n        classesCovered\n        dormitories\n        dormitoriesCovered\n        classCoverage\n        dormCoverage\n      }\n    }\n  }\n": types.CoverageHistoryDocument,
    "\n  query NetworkCoverage($level: NetworkLevel!) {\n    networkCoverage(level: $level) {\n      level\n      total {\n        ...CoverageRowFields\n      }\n      colleges {\n        ...CoverageRowFields\n      }\n    }\n  }\n\n  fragment CoverageRowFields on CoverageRow {\n    collegeCode\n    collegeName\n    colleges\n    classes\n    classesCovered\n    classCoverage\n    dormitories\n    dormitoriesCovered\n    dormCoverage\n    committeeMembers\n    dormOfficers\n    collegesWithCompleteWorkingGroup\n    collegesWithWorkstation\n    workingGroupCompleteness\n    workstationPresence\n  }\n": types.NetworkCoverageDocument,
    "\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n": types.AppointCommitteeMemberDocument,
    "\n  mutation AppointDormOfficer($input: AppointDormOfficerInput!) {\n    appointDormOfficer(input: $input) {\n      id\n      startedOn\n      student {\n        id\n        name\n      }\n    }\n  }\n": types.AppointDormOfficerDocument,
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
    "\n  query Students(\n    $first: Int\n    $after: String\n    $level: NetworkLevel\n    $collegeCode: String\n    $classCode: String\n    $status: StudentStatus\n    $search: String\n  ) {\n    students(\n      first: $first\n      after: $after\n      level: $level\n      collegeCode: $collegeCode\n      classCode: $classCode\n      status: $status\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          studentNo\n          name\n          gender\n          collegeCode\n          classCode\n          className\n          dormCode\n          isDormHead\n          level\n          status\n        }\n      }\n    }\n  }\n": types.StudentsDocument,
    "\n  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      appointmentsEnded\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportRosterXlsxDocument,
    "\n  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {\n    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      appointmentsEnded\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportRosterDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    collegeCode\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
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
export function graphql(source: "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query Students(\n    $first: Int\n    $after: String\n    $level: NetworkLevel\n    $collegeCode: String\n    $classCode: String\n    $status: StudentStatus\n    $search: String\n  ) {\n    students(\n      first: $first\n      after: $after\n      level: $level\n      collegeCode: $collegeCode\n      classCode: $classCode\n      status: $status\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          studentNo\n          name\n          gender\n          collegeCode\n          classCode\n          className\n          dormCode\n          isDormHead\n          level\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Students(\n    $first: Int\n    $after: String\n    $level: NetworkLevel\n    $collegeCode: String\n    $classCode: String\n    $status: StudentStatus\n    $search: String\n  ) {\n    students(\n      first: $first\n      after: $after\n      level: $level\n      collegeCode: $collegeCode\n      classCode: $classCode\n      status: $status\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          studentNo\n          name\n          gender\n          collegeCode\n          classCode\n          className\n          dormCode\n          isDormHead\n          level\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      appointmentsEnded\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRosterXlsx($kind: RosterKind!, $xlsxBase64: String!, $dryRun: Boolean!) {\n    importRosterXlsx(kind: $kind, xlsxBase64: $xlsxBase64, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      appointmentsEnded\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {\n    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      appointmentsEnded\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRoster($kind: RosterKind!, $csv: String!, $dryRun: Boolean!) {\n    importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      unchanged\n      appointmentsEnded\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"];
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