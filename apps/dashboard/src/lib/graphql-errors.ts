import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { MessageKey } from './i18n/i18n';

export interface DescribedError {
  /** extensions.code of the first GraphQL error, or NETWORK / UNKNOWN */
  code: string;
  titleKey: MessageKey;
  /** The server's own messages (one per GraphQL error); raw transport texts ("Failed to fetch") are in `detail` instead */
  messages: string[];
  /** What the person can do about it, in their language (a network failure or a server fault), or null */
  hintKey: MessageKey | null;
  /** A failure that may pass (network, server fault): worth a retry button */
  transient: boolean;
  /** The transport's own words, for the console or a "details" line, never for the title */
  detail: string | null;
  /** extensions of the first GraphQL error (e.g. retryAt on a locked sign-in) */
  extensions: Record<string, unknown>;
}

const KNOWN: Record<string, MessageKey> = {
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  CONFLICT: 'error.CONFLICT',
  NOT_FOUND: 'error.NOT_FOUND',
  FORBIDDEN: 'error.FORBIDDEN',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  INTERNAL_SERVER_ERROR: 'error.SERVER',
  SERVER_BUSY: 'error.BUSY',
  SHUTTING_DOWN: 'error.BUSY',
};

/** Refusals that did nothing and pass by themselves (a busy or stopping server): worth a retry button. */
const PASSING = new Set(['SERVER_BUSY', 'SHUTTING_DOWN']);

/** Codes whose server message is not for people (a stack trace's first line, "Unexpected error."). */
const SERVER_FAULTS = new Set(['INTERNAL_SERVER_ERROR']);

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
  const status = ServerError.is(error) ? error.statusCode : null;
  if (errors) {
    const first = errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
    const fault = SERVER_FAULTS.has(code) || (code === 'UNKNOWN' && status !== null && status >= 500);
    return {
      code,
      titleKey: fault ? 'error.SERVER' : (KNOWN[code] ?? 'error.UNKNOWN'),
      messages: fault ? [] : errors.map((e) => e.message),
      hintKey: fault ? 'error.SERVER.hint' : null,
      transient: fault || PASSING.has(code),
      detail: fault ? errors.map((e) => e.message).join('; ') : null,
      extensions: first?.extensions ?? {},
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (status !== null && status >= 500) {
    return { code: 'SERVER', titleKey: 'error.SERVER', messages: [], hintKey: 'error.SERVER.hint', transient: true, detail, extensions: {} };
  }
  if (ServerError.is(error) || ServerParseError.is(error) || (error instanceof TypeError && /fetch|network/i.test(error.message))) {
    return { code: 'NETWORK', titleKey: 'error.NETWORK', messages: [], hintKey: 'error.NETWORK.hint', transient: true, detail, extensions: {} };
  }
  return { code: 'UNKNOWN', titleKey: 'error.UNKNOWN', messages: [detail], hintKey: null, transient: false, detail: null, extensions: {} };
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

/** One line for a toast: the translated title, then the server's words or what to do. */
export function errorText(d: DescribedError, t: (key: MessageKey) => string): string {
  const rest = [...d.messages, ...(d.hintKey ? [t(d.hintKey)] : [])];
  return rest.length > 0 ? `${t(d.titleKey)}: ${rest.join('; ')}` : t(d.titleKey);
}
