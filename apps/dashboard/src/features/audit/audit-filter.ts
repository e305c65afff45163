import type { AuditFilterInput as AuditFilter } from '@/gql/graphql';
import { startOfLocalDay, startOfNextLocalDay } from '@/lib/i18n/format';

/** The filter form: text fields and YYYY-MM-DD dates (both days included). */
export interface AuditFilterValues {
  actor?: string;
  studentNo?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** Form values → the API filter: empty fields left out, the "to" day included (the API's `to` is exclusive). */
export function toAuditFilter(v: AuditFilterValues): AuditFilter {
  const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  const f: AuditFilter = {};
  const actor = text(v.actor);
  const studentNo = text(v.studentNo);
  const action = text(v.action);
  if (actor) f.actor = actor;
  if (studentNo) f.studentNo = studentNo;
  if (action) f.action = action;
  if (v.from) f.from = startOfLocalDay(v.from);
  if (v.to) f.to = startOfNextLocalDay(v.to);
  return f;
}

/** Known actions (apps/server audit records), for the action field's suggestions and the table. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.password.change',
  'user.create',
  'user.grants.set',
  'user.deactivate',
  'user.activate',
  'user.password.reset',
  'apiToken.create',
  'apiToken.revoke',
  'roster.import',
  'appointment.committee.create',
  'appointment.committee.end',
  'appointment.officer.create',
  'appointment.officer.end',
  'workingGroup.upsert',
  'workingGroup.remove',
  'workstation.set',
  'student.contact.read',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Prefixes offered in the action field: each group of actions, then each action. */
export const AUDIT_ACTION_PREFIXES = ['auth.', 'user.', 'apiToken.', 'roster.', 'appointment.', 'workingGroup.', 'workstation.', 'student.'] as const;

export const isKnownAction = (a: string): a is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(a);
