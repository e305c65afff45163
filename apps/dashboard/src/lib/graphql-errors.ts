import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { MessageKey } from './i18n/i18n';

export interface DescribedError {
  /** extensions.code of the first GraphQL error, or NETWORK / UNKNOWN */
  code: string;
  titleKey: MessageKey;
  /** The server's own messages (one per GraphQL error) */
  messages: string[];
}

const KNOWN: Record<string, MessageKey> = {
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  CONFLICT: 'error.CONFLICT',
  NOT_FOUND: 'error.NOT_FOUND',
  FORBIDDEN: 'error.FORBIDDEN',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
};

/** Turns whatever Apollo Client threw into a code, a translated title and the server's messages. */
export function describeError(error: unknown): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
    return { code, titleKey: KNOWN[code] ?? 'error.UNKNOWN', messages: error.errors.map((e) => e.message) };
  }
  if (ServerError.is(error) || ServerParseError.is(error) || (error instanceof TypeError && /fetch/i.test(error.message))) {
    return { code: 'NETWORK', titleKey: 'error.NETWORK', messages: [error instanceof Error ? error.message : String(error)] };
  }
  return { code: 'UNKNOWN', titleKey: 'error.UNKNOWN', messages: [error instanceof Error ? error.message : String(error)] };
}
