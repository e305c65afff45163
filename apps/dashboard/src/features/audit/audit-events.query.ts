import { graphql } from '@/gql';
import type { AuditEventsQuery } from '@/gql/graphql';

export const AUDIT_EVENTS = graphql(`
  query AuditEvents($filter: AuditFilterInput, $first: Int!, $offset: Int!) {
    auditEvents(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        id
        at
        actorKind
        actorName
        actorRoles
        action
        recordType
        recordId
        studentNo
        detail
        clientAddress
      }
    }
  }
`);

export type AuditEvent = AuditEventsQuery['auditEvents']['items'][number];
