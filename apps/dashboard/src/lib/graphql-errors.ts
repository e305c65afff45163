import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { MessageKey } from './i18n/i18n';

export interface DescribedError {
  /** extensions.code of the first GraphQL error, or NETWORK / UNKNOWN */
  code: string;
  titleKey: MessageKey;
  /** The server's own messages (one per GraphQL error) */
  messages: string[];
  /** extensions of the first GraphQL error (e.g. retryAt on a locked sign-in) */
  extensions: Record<string, unknown>;
}

const KNOWN: Record<string, MessageKey> = {
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  CONFLICT: 'error.CONFLICT',
  NOT_FOUND: 'error.NOT_FOUND',
  FORBIDDEN: 'error.FORBIDDEN',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
};

interface ErrorEntry {
  message: string;
  extensions?: Record<string, unknown>;
}

/** GraphQL errors, whether Apollo parsed them or they came in the body of a non-2xx plain-JSON response. */
function graphQLErrorsOf(error: unknown): readonly ErrorEntry[] | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors as readonly ErrorEntry[];
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: ErrorEntry[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) return body.errors;
    } catch {
      // not JSON: a proxy's error page, say
    }
  }
  return null;
}

/** Turns whatever Apollo Client threw into a code, a translated title and the server's messages. */
export function describeError(error: unknown): DescribedError {
  const errors = graphQLErrorsOf(error);
  if (errors) {
    const first = errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
    return { code, titleKey: KNOWN[code] ?? 'error.UNKNOWN', messages: errors.map((e) => e.message), extensions: first?.extensions ?? {} };
  }
  const messages = [error instanceof Error ? error.message : String(error)];
  if (ServerError.is(error) || ServerParseError.is(error) || (error instanceof TypeError && /fetch/i.test(error.message))) {
    return { code: 'NETWORK', titleKey: 'error.NETWORK', messages, extensions: {} };
  }
  return { code: 'UNKNOWN', titleKey: 'error.UNKNOWN', messages, extensions: {} };
}

/** The first UNAUTHENTICATED message among the errors (or null when the request was not refused for want of a session). */
export function unauthenticatedMessage(error: unknown): string | null {
  const errors = graphQLErrorsOf(error);
  const hit = errors?.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (hit) return hit.message;
  return null;
}

export function isUnauthenticated(error: unknown): boolean {
  return unauthenticatedMessage(error) !== null || (ServerError.is(error) && error.statusCode === 401);
}
