import type { AuditFilterInput as AuditFilter } from '@/gql/graphql';
import { startOfLocalDay, startOfNextLocalDay } from '@/lib/i18n/format';

/**
 * The filter form: text fields, YYYY-MM-DD dates (both days included) and the action choice: a
 * group's prefix ("user.", every action of the group) or one action ("auth.login").
 */
export interface AuditFilterValues {
  actor?: string;
  studentNo?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** Whether an action choice is a whole group (its prefix) rather than one action. */
export const isGroupChoice = (action: string) => action.endsWith('.');

/** Form values → the API filter: empty fields left out, the "to" day included (the API's `to` is exclusive). */
export function toAuditFilter(v: AuditFilterValues): AuditFilter {
  const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  const f: AuditFilter = {};
  const actor = text(v.actor);
  const studentNo = text(v.studentNo);
  const action = text(v.action);
  if (actor) f.actor = actor;
  if (studentNo) f.studentNo = studentNo;
  // A group filters on its prefix; one action exactly ("auth.login" is not "auth.login.failed").
  if (action) {
    if (isGroupChoice(action)) f.action = action;
    else f.actions = [action];
  }
  if (v.from) f.from = startOfLocalDay(v.from);
  if (v.to) f.to = startOfNextLocalDay(v.to);
  return f;
}
