import { graphql } from '@/gql';
import type { AuditActionsQuery } from '@/gql/graphql';

/** The actions the audit log records, by group, named in both languages (the server's one list). */
export const AUDIT_ACTIONS = graphql(`
  query AuditActions {
    auditActions {
      prefix
      nameZh
      nameEn
      actions {
        action
        nameZh
        nameEn
        outcome
      }
    }
  }
`);

export type AuditActionGroup = AuditActionsQuery['auditActions'][number];
export type AuditActionInfo = AuditActionGroup['actions'][number];
