import { resolve } from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type Engine = 'sqlite' | 'postgresql';

export interface Config {
  engine: Engine;
  /** SQLite file path or PostgreSQL URL */
  databaseUrl: string;
  /** PostgreSQL owner role's URL (DATABASE_OWNER_URL): migrations run as it, the server as DATABASE_URL's role */
  databaseOwnerUrl: string | null;
  port: number;
  host: string;
  /** Production behaviour unless NODE_ENV=development: no introspection, suggestions or stack traces */
  production: boolean;
  /** Express `trust proxy` (TRUST_PROXY): which proxies' X-Forwarded-For/-Proto to believe; off by default */
  trustProxy: boolean | number | string;
  timeZone: string;
  dashboardDir: string;
  /** Sessions end after this many idle minutes (SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMinutes: number;
  /** Sessions end this many hours after sign-in, however active (SESSION_MAX_HOURS, default 12). */
  sessionMaxHours: number;
  adminUsername: string | null;
  adminPassword: string | null;
  /** A stricter student number format (STUDENT_NO_PATTERN), on top of letters and digits 1–32; null: none */
  studentNoPattern: RegExp | null;
  /** A stricter staff number format (STAFF_NO_PATTERN), likewise */
  staffNoPattern: RegExp | null;
  /** Days a one-time activation code stays valid (ACTIVATION_CODE_DAYS, default 14, 1–90) */
  activationCodeDays: number;
  /** Below this many screened students a token's screening row is withheld (SCREENING_MIN_CELL, default 10) */
  screeningMinCell: number;
  /** SQLITE_READ_WORKER=on: SQLite reports read in a worker thread (off by default; docs/operations.md) */
  sqliteReadWorker: boolean;
  /** argon2id memory for new password hashes, KiB (PASSWORD_HASH_MEMORY_KIB, default 65536 = 64 MiB). */
  passwordHashMemoryKib: number;
  /** argon2id passes for new password hashes (PASSWORD_HASH_TIME_COST, default 3). */
  passwordHashTimeCost: number;
  /** LOG_LEVEL: fatal, error, warn, info (default), debug, trace or silent */
  logLevel: LogLevel;
  /** METRICS_TOKEN: a bearer token that opens /metrics on the main port (at least 16 characters); unset, /metrics is not served there */
  metricsToken: string | null;
  /** METRICS_PORT: a second port that serves only /metrics, without a token (for a private network) */
  metricsPort: number | null;
  /** SHUTDOWN_TIMEOUT_SECONDS: how long a stopping server lets running requests finish (default 30) */
  shutdownSeconds: number;
  /** DB_WAIT_SECONDS: how long a request may wait for the database before it is refused as busy (503; default 5) */
  dbWaitSeconds: number;
  /** Sign-in attempts per client address and minute, per instance (LOGINS_PER_ADDRESS_PER_MINUTE, default 20) */
  loginsPerAddress: number;
  /** PostgreSQL workers one statement may add (PG_PARALLEL_WORKERS, default 0, 0–64; max_parallel_workers_per_gather) */
  pgParallelWorkers: number;
  /** GRAPHQL_EXECUTOR: jit (default; graphql-jit compiles each document once) or graphql-js (Apollo's own) */
  graphqlExecutor: GraphqlExecutor;
  /** GRAPHQL_COMPILE_AFTER: requests of a document run on graphql-js before it is compiled (default 1, 0–1000) */
  graphqlCompileAfter: number;
}

export const GRAPHQL_EXECUTORS = ['jit', 'graphql-js'] as const;
export type GraphqlExecutor = (typeof GRAPHQL_EXECUTORS)[number];

export function engineOf(databaseUrl: string): Engine {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgresql' : 'sqlite';
}

/** A whole-number setting from `min` to `max`, or `fallback` when unset; anything else stops start-up. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, unit?: string): number {
  const raw = env[name];
  const n = Number(raw?.trim() || fallback);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

/** A setting that is one of `values` (case-insensitive), or `fallback` when unset; anything else stops start-up. */
function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, fallback: T, values: readonly T[]): T {
  const value = (env[name]?.trim().toLowerCase() || fallback) as T;
  if (!values.includes(value)) throw new Error(`${name} must be one of ${values.join(', ')}, got "${env[name]}"`);
  return value;
}

/** Parses and validates the environment once; a bad value stops start-up with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || './data/carenet.db';
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const timeZone = env.TZ?.trim() || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`TZ must be an IANA time zone such as Asia/Shanghai, got "${timeZone}"`);
  }
  const idle = Number(env.SESSION_IDLE_MINUTES ?? 30);
  if (!Number.isFinite(idle) || idle <= 0) throw new Error(`SESSION_IDLE_MINUTES must be a positive number, got "${env.SESSION_IDLE_MINUTES}"`);
  const maxHours = Number(env.SESSION_MAX_HOURS ?? 12);
  if (!Number.isFinite(maxHours) || maxHours <= 0) throw new Error(`SESSION_MAX_HOURS must be a positive number, got "${env.SESSION_MAX_HOURS}"`);
  // A code on paper is a password until used: it should not outlive a term.
  const codeDays = wholeNumber(env, 'ACTIVATION_CODE_DAYS', 14, 1, 90, 'days');
  const readWorkerRaw = (env.SQLITE_READ_WORKER?.trim() || 'off').toLowerCase();
  if (!['on', 'off'].includes(readWorkerRaw)) throw new Error(`SQLITE_READ_WORKER must be on or off, got "${env.SQLITE_READ_WORKER}"`);
  const readWorker = readWorkerRaw === 'on';
  // Below the default only for test suites: every stored password is as strong as its hash's cost.
  const hashKib = wholeNumber(env, 'PASSWORD_HASH_MEMORY_KIB', 65536, 1024, 1048576, 'KiB');
  const hashTime = wholeNumber(env, 'PASSWORD_HASH_TIME_COST', 3, 1, 10);
  const minCell = wholeNumber(env, 'SCREENING_MIN_CELL', 10, 1, 1000);
  const logLevel = oneOf(env, 'LOG_LEVEL', 'info', LOG_LEVELS);
  const metricsToken = env.METRICS_TOKEN?.trim() || null;
  if (metricsToken && metricsToken.length < 16) throw new Error('METRICS_TOKEN must be at least 16 characters');
  const metricsPort = env.METRICS_PORT?.trim() ? Number(env.METRICS_PORT) : null;
  if (metricsPort !== null && (!Number.isInteger(metricsPort) || metricsPort <= 0 || metricsPort > 65535 || metricsPort === port)) {
    throw new Error(`METRICS_PORT must be a port number other than PORT, got "${env.METRICS_PORT}"`);
  }
  const shutdownSeconds = Number(env.SHUTDOWN_TIMEOUT_SECONDS?.trim() || 30);
  if (!Number.isFinite(shutdownSeconds) || shutdownSeconds < 0 || shutdownSeconds > 600) {
    throw new Error(`SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds from 0 to 600, got "${env.SHUTDOWN_TIMEOUT_SECONDS}"`);
  }
  const dbWaitSeconds = Number(env.DB_WAIT_SECONDS?.trim() || 5);
  if (!Number.isFinite(dbWaitSeconds) || dbWaitSeconds <= 0 || dbWaitSeconds > 120) {
    throw new Error(`DB_WAIT_SECONDS must be a number of seconds above 0 and at most 120, got "${env.DB_WAIT_SECONDS}"`);
  }
  // A campus behind one NAT address signs many people in from it: the limit may rise, never vanish.
  const loginsPerAddress = wholeNumber(env, 'LOGINS_PER_ADDRESS_PER_MINUTE', 20, 1, 10000);
  const pgParallelWorkers = wholeNumber(env, 'PG_PARALLEL_WORKERS', 0, 0, 64);
  const graphqlExecutor = oneOf(env, 'GRAPHQL_EXECUTOR', 'jit', GRAPHQL_EXECUTORS);
  const graphqlCompileAfter = wholeNumber(env, 'GRAPHQL_COMPILE_AFTER', 1, 0, 1000);
  return {
    graphqlExecutor,
    graphqlCompileAfter,
    dbWaitSeconds,
    loginsPerAddress,
    pgParallelWorkers,
    logLevel,
    metricsToken,
    metricsPort,
    shutdownSeconds,
    screeningMinCell: minCell,
    sqliteReadWorker: readWorker,
    passwordHashMemoryKib: hashKib,
    passwordHashTimeCost: hashTime,
    sessionIdleMinutes: idle,
    sessionMaxHours: maxHours,
    activationCodeDays: codeDays,
    adminUsername: env.ADMIN_USERNAME?.trim() || null,
    adminPassword: env.ADMIN_PASSWORD || null,
    studentNoPattern: identifierPattern('STUDENT_NO_PATTERN', env.STUDENT_NO_PATTERN),
    staffNoPattern: identifierPattern('STAFF_NO_PATTERN', env.STAFF_NO_PATTERN),
    engine: engineOf(databaseUrl),
    databaseUrl,
    databaseOwnerUrl: env.DATABASE_OWNER_URL?.trim() || null,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    // Development is the opt-in; anything else (unset, production, test) behaves as production.
    production: env.NODE_ENV !== 'development',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    timeZone,
    dashboardDir: resolve(env.DASHBOARD_DIR ?? new URL('../../dashboard/dist', import.meta.url).pathname),
  };
}

/** TRUST_PROXY: unset/false (direct clients), true, a hop count, or Express's address list (e.g. "loopback"). */
function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const v = raw?.trim() ?? '';
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

/**
 * STUDENT_NO_PATTERN / STAFF_NO_PATTERN: a JavaScript regular expression the whole (trimmed) number
 * must match, e.g. `^\d{12}$` or `(S|SY|BY)?\d{8,12}`; anchored here so a partial match never passes.
 */
function identifierPattern(name: string, raw: string | undefined): RegExp | null {
  const v = raw?.trim() ?? '';
  if (v === '') return null;
  try {
    return new RegExp(`^(?:${v})$`);
  } catch (e) {
    throw new Error(`${name} must be a regular expression such as ^\\d{12}$, got "${v}": ${(e as Error).message}`, { cause: e });
  }
}
