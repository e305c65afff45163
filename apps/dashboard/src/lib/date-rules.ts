import type { Rule } from 'antd/es/form';
import { todayIso } from './i18n/format';
import type { Translate } from './i18n/i18n';

/** YYYY-MM-DD strings compare as dates. */
export const isAfterToday = (date: string, today = todayIso()): boolean => date > today;

/** Appointment and end dates: the server refuses dates in the future (a post counts from its date on). */
export function notInFutureRule(t: Translate): Rule {
  return {
    validator: (_: unknown, v: string | undefined) =>
      v && isAfterToday(v) ? Promise.reject(new Error(t('date.notFuture', { today: todayIso() }))) : Promise.resolve(),
  };
}
