import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger, stdTimeFunctions } from 'pino';
import { pinoHttp } from 'pino-http';
import type { LogLevel } from '../config.js';

export type { Logger } from 'pino';

/** Structured JSON lines on stdout (or the given stream, for tests). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'carenet' }, timestamp: stdTimeFunctions.isoTime }, destination);
}

// An id a reverse proxy gave the request is kept when it looks like one; anything else is replaced.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The GraphQL operation of a request, once the server knows it (set by the telemetry plugin). */
export const operationOf = (res: ServerResponse): string | undefined =>
  (res as ServerResponse & { locals?: { operation?: string } }).locals?.operation;

/**
 * One JSON line per request with its id (also sent back as X-Request-Id), method, path, status,
 * duration and GraphQL operation. No query strings, headers, cookies, bodies or client addresses:
 * those can carry personal data, tokens and passwords.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: String(req.url ?? '').split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      // pino-http makes up "failed with status code N" for a 5xx without an error: nothing to show.
      err: (e: Error) => (/^failed with status code \d+$/.test(e?.message ?? '') ? undefined : pino.stdSerializers.err(e)),
    },
    wrapSerializers: false,
    // The request id is bound once, on the request's child logger; customProps runs again when the
    // response is logged, and returning the id there too wrote "reqId" twice on that line.
    quietReqLogger: true,
    customProps: (_req: IncomingMessage, res: ServerResponse) => {
      const operation = operationOf(res);
      return operation ? { operation } : {};
    },
    // 503 is a deliberate refusal (busy, shutting down) with Retry-After, not a fault of the server.
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      res.statusCode === 503 ? 'warn' : err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    // Probes and scrapes arrive every few seconds; they would drown the requests people make.
    autoLogging: { ignore: (req: IncomingMessage) => /^\/(healthz|readyz|metrics)(\?|$)/.test(req.url ?? '') },
  });
}

/**
 * An unexpected error for the log without personal data: database errors carry the statement with
 * its values, so only their type and SQLSTATE are kept; other messages are kept, cut to 300 characters.
 */
export function safeError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { type: typeof e };
  const x = e as Error & { code?: unknown; sqlState?: unknown; sql?: unknown };
  const database = /Exception$/.test(x.name) || x.sql !== undefined || /\b(insert into|update|select|delete from)\b/i.test(x.message);
  const frames = (x.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 12).join('\n');
  return {
    type: x.name,
    ...(typeof x.code === 'string' ? { code: x.code } : {}),
    ...(typeof x.sqlState === 'string' ? { sqlState: x.sqlState } : {}),
    message: database ? '(database error; statement withheld)' : x.message.slice(0, 300),
    stack: frames,
  };
}
