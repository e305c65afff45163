import { graphql } from '@/gql';

/** The filtered log as CSV, oldest first (the server caps it at 100 000 rows). */
export const AUDIT_EVENTS_CSV = graphql(`
  query AuditEventsCsv($filter: AuditFilterInput) {
    auditEventsCsv(filter: $filter)
  }
`);
