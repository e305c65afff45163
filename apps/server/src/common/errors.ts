import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

/** The one application error: its code reaches the client as extensions.code. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, extra?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, extra);
export const conflict = (message: string, extra?: Record<string, unknown>) => new AppError('CONFLICT', message, extra);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Masks everything that is not a deliberate, coded error: no stack traces, no SQL.
 * type-graphql's argument validation errors become BAD_USER_INPUT.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && PUBLIC_CODES.has(code)) {
    const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
    return { ...formatted, extensions: ext };
  }
  const original = (error as { originalError?: unknown })?.originalError;
  if (original && (original as { name?: string }).name === 'UniqueConstraintViolationException') {
    return { message: 'this change conflicts with a record saved at the same time; reload and try again', path: formatted.path, extensions: { code: 'CONFLICT' } };
  }
  if (original && (original as { name?: string }).name === 'OptimisticLockError') {
    return { message: 'someone else changed this record; reload and try again', path: formatted.path, extensions: { code: 'CONFLICT' } };
  }
  console.error('internal error:', original ?? error);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
