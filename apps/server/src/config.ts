import { resolve } from 'node:path';

export type Engine = 'sqlite' | 'postgresql';

export interface Config {
  engine: Engine;
  /** SQLite file path or PostgreSQL URL */
  databaseUrl: string;
  port: number;
  host: string;
  production: boolean;
  timeZone: string;
  dashboardDir: string;
  /** Sessions end after this many idle minutes (SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMinutes: number;
  adminUsername: string | null;
  adminPassword: string | null;
}

export function engineOf(databaseUrl: string): Engine {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgresql' : 'sqlite';
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
  return {
    sessionIdleMinutes: idle,
    adminUsername: env.ADMIN_USERNAME?.trim() || null,
    adminPassword: env.ADMIN_PASSWORD || null,
    engine: engineOf(databaseUrl),
    databaseUrl,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    production: env.NODE_ENV === 'production',
    timeZone,
    dashboardDir: resolve(env.DASHBOARD_DIR ?? new URL('../../dashboard/dist', import.meta.url).pathname),
  };
}
