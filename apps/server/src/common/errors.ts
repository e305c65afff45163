import { render, Text } from '@carenet/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { currentLocale } from './locale.js';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

/** The one application error: its code reaches the client as extensions.code. */
export class AppError extends GraphQLError {
  /** The message in both languages; the response carries the caller's. */
  readonly text: Text | string;
  constructor(
    readonly code: ErrorCode,
    message: Text | string,
    extra: Record<string, unknown> = {},
  ) {
    super(String(message), { extensions: { code, ...extra } });
    this.text = message;
  }
}

export const badInput = (message: Text | string, extra?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, extra);
export const conflict = (message: Text | string, extra?: Record<string, unknown>) => new AppError('CONFLICT', message, extra);
export const notFound = (message: Text | string) => new AppError('NOT_FOUND', message);

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

/** Seconds a client refused as busy is asked to wait (Retry-After). */
export const BUSY_RETRY_AFTER = 2;
export const BUSY = new Text('the server is busy; try again in a moment', '服务器繁忙，请稍后重试');

/** No database connection came free within DB_WAIT_SECONDS: the request did nothing. */
export function isBusy(e: unknown): boolean {
  const x = e as { name?: string; message?: unknown } | null;
  // knex's KnexTimeoutError, as it is or wrapped by the ORM into a DriverException (same message).
  // ReadBusyError: a report waited too long for the SQLite read worker (db/reads.ts).
  return (
    x?.name === 'KnexTimeoutError' ||
    x?.name === 'ReadBusyError' ||
    (typeof x?.message === 'string' && x.message.startsWith('Knex: Timeout acquiring a connection'))
  );
}

type InternalReporter = (error: unknown) => void;
let reportInternal: InternalReporter = (e) => console.error('internal error:', e);

/** Where unexpected errors are reported (the server's structured log). */
export function onInternalError(report: InternalReporter): void {
  reportInternal = report;
}

/**
 * Masks everything that is not a deliberate, coded error: no stack traces, no SQL.
 * type-graphql's argument validation errors become BAD_USER_INPUT.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = (error as { originalError?: unknown })?.originalError;
  if (code && PUBLIC_CODES.has(code)) {
    const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
    const app = original instanceof AppError ? original : error instanceof AppError ? error : null;
    return { ...formatted, message: app ? render(app.text, currentLocale()) : formatted.message, extensions: ext };
  }
  if (original && (original as { name?: string }).name === 'UniqueConstraintViolationException') {
    const t = new Text('this change conflicts with a record saved at the same time; reload and try again', '此修改与同时保存的记录冲突，请刷新后重试');
    return { message: t.in(currentLocale()), path: formatted.path, extensions: { code: 'CONFLICT' } };
  }
  if (isBusy(original)) {
    return { message: BUSY.in(currentLocale()), path: formatted.path, extensions: { code: 'SERVER_BUSY' } };
  }
  if (original && (original as { name?: string }).name === 'OptimisticLockError') {
    const t = new Text('someone else changed this record; reload and try again', '该记录已被他人修改，请刷新后重试');
    return { message: t.in(currentLocale()), path: formatted.path, extensions: { code: 'CONFLICT' } };
  }
  reportInternal(original ?? error);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
