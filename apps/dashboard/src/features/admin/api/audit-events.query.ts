import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AuditEvent, AuditFilter } from '@/lib/api-types';

export interface AuditEventsVars {
  filter: AuditFilter;
  first: number;
  offset: number;
}

export const AUDIT_EVENTS: TypedDocumentNode<{ auditEvents: { totalCount: number; items: AuditEvent[] } }, AuditEventsVars> = gql`
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
`;
