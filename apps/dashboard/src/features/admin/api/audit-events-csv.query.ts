import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AuditFilter } from '@/lib/api-types';

/** The filtered log as CSV, oldest first (the server caps it at 100 000 rows). */
export const AUDIT_EVENTS_CSV: TypedDocumentNode<{ auditEventsCsv: string }, { filter: AuditFilter }> = gql`
  query AuditEventsCsv($filter: AuditFilterInput) {
    auditEventsCsv(filter: $filter)
  }
`;
