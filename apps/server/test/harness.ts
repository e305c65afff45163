import 'reflect-metadata';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { createApp } from '../src/app.js';
import { loadConfig, type Engine } from '../src/config.js';
import { migrate, openOrm } from '../src/db/orm.js';
import type { Services } from '../src/services.js';
import { findTallyDrift, findTraineeDrift, findUnitDrift } from '../src/modules/metrics/unit-counts.js';
import type { Lifecycle } from '../src/ops/lifecycle.js';
import type { Logger } from '../src/ops/logging.js';

/** Engines every integration test runs on. In CI PostgreSQL is mandatory, never silently skipped. */
export const ENGINES: Engine[] = process.env.TEST_PG_URL ? ['sqlite', 'postgresql'] : ['sqlite'];
if (process.env.CI && !process.env.TEST_PG_URL) {
  throw new Error('TEST_PG_URL must be set in CI: integration tests run on PostgreSQL too');
}

let counter = 0;

/** A fresh, migrated database of the given engine. */
export async function freshDatabase(engine: Engine): Promise<{ url: string; drop: () => Promise<void> }> {
  const id = `${process.pid}_${Date.now()}_${counter++}`;
  if (engine === 'sqlite') {
    const file = join(tmpdir(), `carenet-test-${id}.db`);
    return {
      url: file,
      drop: async () => {
        for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
      },
    };
  }
  const base = process.env.TEST_PG_URL as string;
  const name = `carenet_test_${id}`;
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

/**
 * A fresh PostgreSQL database and a login role that does not own it, as a deployment with
 * DATABASE_OWNER_URL has: `fn` gets the owner's URL, the runtime role's URL and a client connected as
 * the owner. The database and the role are dropped afterwards.
 */
export async function withRuntimeRole(
  fn: (x: { ownerUrl: string; runtimeUrl: string; role: string; owner: import('pg').Client }) => Promise<void>,
): Promise<void> {
  const db = await freshDatabase('postgresql');
  const role = `carenet_rt_${process.pid}_${Date.now()}_${counter++}`;
  const { default: pg } = await import('pg');
  const owner = new pg.Client({ connectionString: db.url });
  await owner.connect();
  await owner.query(`create role ${role} login password 'rt-password'`);
  const runtimeUrl = new URL(db.url);
  runtimeUrl.username = role;
  runtimeUrl.password = 'rt-password';
  try {
    await fn({ ownerUrl: db.url, runtimeUrl: runtimeUrl.toString(), role, owner });
  } finally {
    await owner.end();
    await db.drop();
    const base = new pg.Client({ connectionString: process.env.TEST_PG_URL });
    await base.connect();
    await base.query(`drop role if exists ${role}`);
    await base.end();
  }
}

export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: string[] }[];
}

export interface Client {
  gql: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GqlResult<T>>;
  /** Runs a query and fails on errors. */
  ok: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<T>;
}

export const ADMIN = { username: 'admin', password: 'admin-password-1' };

/**
 * Extra request headers; a null value leaves that header out. Clients send `accept-language: en`
 * unless told otherwise, so tests read the English messages (the server's default is Chinese).
 */
export type Headers = Record<string, string | null>;
export const DEFAULT_HEADERS: Headers = { 'accept-language': 'en' };

export interface TestServer extends Client {
  engine: Engine;
  url: string;
  /** The database: a SQLite file or a PostgreSQL URL */
  dbUrl: string;
  orm: MikroORM;
  em: () => EntityManager;
  services: Services;
  /** A client with this bearer token (a session or API token), or none; `headers` add to or override the defaults. */
  as: (bearer: string | null, headers?: Headers) => Client;
  /** SQL statements run since the server started (every engine logs each one). */
  statements: () => number;
  /** Signs in and returns a client with that session. */
  login: (username: string, password: string, headers?: Headers) => Promise<Client & { token: string }>;
  sql: <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;
  /** The HTTP server and its shutdown state (graceful-shutdown tests). */
  http: Server;
  lifecycle: Lifecycle;
  close: () => Promise<void>;
}

/**
 * The real HTTP server over a real, freshly migrated database; with `attachTo`, a second instance
 * over that server's database (which it leaves in place when it closes).
 */
export async function startServer(
  engine: Engine,
  env: Record<string, string> = {},
  opts: { now?: () => Date; logger?: Logger; attachTo?: TestServer } = {},
): Promise<TestServer> {
  const db = opts.attachTo ? { url: opts.attachTo.dbUrl, drop: async () => {} } : await freshDatabase(engine);
  let statements = 0;
  const waitMs = env.DB_WAIT_SECONDS ? Number(env.DB_WAIT_SECONDS) * 1000 : undefined;
  const orm = await openOrm(db.url, { onQuery: () => statements++, waitMs });
  await migrate(orm);
  // Cheap password hashes unless a test asks for the real cost (the timing tests do).
  const cheap = { PASSWORD_HASH_MEMORY_KIB: '4096', PASSWORD_HASH_TIME_COST: '1' };
  // Every document compiled on its first request, so that the suite runs the compiled executor
  // (the server's default waits for a second request).
  const compiled = { GRAPHQL_COMPILE_AFTER: '0' };
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent', ...cheap, ...compiled, ...env }), dashboardDir: '/nonexistent' };
  const { app, apollo, services, lifecycle } = await createApp(orm, config, { now: opts.now, logger: opts.logger });
  await services.accounts.createAdmin(orm.em.fork() as EntityManager, ADMIN.username, ADMIN.password, true);
  const server: Server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const as = (bearer: string | null, headers: Headers = {}): Client => {
    const extra = Object.entries({ ...DEFAULT_HEADERS, ...headers }).filter((e): e is [string, string] => e[1] !== null);
    const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...Object.fromEntries(extra),
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<T>;
    };
    return {
      gql,
      ok: async <T>(query: string, variables?: Record<string, unknown>) => {
        const r = await gql<T>(query, variables);
        if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
        return r.data as T;
      },
    };
  };
  const login = async (username: string, password: string, headers?: Headers) => {
    const d = await as(null, headers).ok<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return { ...as(d.login.token, headers), token: d.login.token };
  };
  const admin = await login(ADMIN.username, ADMIN.password);
  return {
    engine,
    url,
    dbUrl: db.url,
    orm,
    em: () => orm.em.fork() as EntityManager,
    services,
    as,
    login,
    statements: () => statements,
    http: server,
    lifecycle,
    gql: admin.gql,
    ok: admin.ok,
    sql: async <T>(query: string, params: unknown[] = []) =>
      (orm.em.fork() as EntityManager).getConnection().execute<T[]>(query, params, 'all'),
    close: async () => {
      await new Promise((r) => server.close(r));
      await apollo.stop();
      // Whatever the test wrote, the kept per-unit counts must still equal their source rows.
      const { drift } = await findUnitDrift(orm.em.fork() as EntityManager);
      const trainees = await findTraineeDrift(orm.em.fork() as EntityManager);
      const tallies = await findTallyDrift(orm.em.fork() as EntityManager);
      await orm.close(true);
      await db.drop();
      if (drift.length) throw new Error(`kept unit counts drifted from the source rows: ${JSON.stringify(drift.slice(0, 5))}`);
      if (trainees.drift.length) throw new Error(`kept trainee rows drifted from the source rows: ${JSON.stringify(trainees.drift.slice(0, 5))}`);
      if (tallies.drift.length) throw new Error(`kept screening tallies drifted from the source rows: ${JSON.stringify(tallies.drift.slice(0, 5))}`);
    },
  };
}

export const IMPORT = `mutation($kind: RosterKind!, $csv: String!, $dryRun: Boolean) {
  importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) { created updated unchanged dryRun appointmentsEnded errors { row column message } }
}`;

export interface ImportResultT {
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
  appointmentsEnded: number;
  errors: { row: number; column: string; message: string }[];
}

export async function importCsv(s: TestServer, kind: string, csv: string, dryRun = false): Promise<ImportResultT> {
  const d = await s.ok<{ importRoster: ImportResultT }>(IMPORT, { kind, csv, dryRun });
  return d.importRoster;
}

/** Every row of every table, to prove that something changed nothing. */
export async function snapshot(s: TestServer): Promise<Record<string, unknown[]>> {
  const tables = [
    'college',
    'staff',
    'class_group',
    'dormitory',
    'student',
    'working_group_member',
    'workstation',
    'committee_appointment',
    'dorm_officer_appointment',
  ];
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await s.sql(`select * from ${t} order by id`);
  return out;
}
