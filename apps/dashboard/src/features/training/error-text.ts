import { describeError } from '@/lib/graphql-errors';
import type { Translate } from '@/lib/i18n/i18n';

/** A refusal as one line for a toast: the server's own words, else the error's title in the reader's language. */
export function errorText(error: unknown, t: Translate): string {
  const d = describeError(error);
  return d.messages.length > 0 ? d.messages.join(' ') : t(d.titleKey);
}
