import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { LengthGuard } from '../common/length-guard.js';
import { type Engine, engineOf } from '../config.js';
import { AuditEventEntity } from '../modules/audit/audit.entity.js';
import { ActivationCodeEntity } from '../modules/auth/activation.entities.js';
import { ApiTokenEntity, LoginAttemptEntity, RoleGrantEntity, SessionEntity, UserEntity } from '../modules/auth/auth.entities.js';
import { SemesterEntity } from '../modules/calendar/semester.entity.js';
import {
  SubmissionDeadlineEntity,
  SubmissionEntity,
  SubmissionEventEntity,
  SubmissionSnapshotEntity,
} from '../modules/submissions/submission.entities.js';
import {
  AlertEntity,
  AlertReadEntity,
  FollowUpEntity,
  FollowUpStepEntity,
  ScreeningCampaignEntity,
  ScreeningResultEntity,
} from '../modules/screening/screening.entities.js';
import {
  ModuleCompletionEntity,
  SessionAttendanceEntity,
  TrainingProgrammeEntity,
  TrainingSessionEntity,
} from '../modules/training/training.entities.js';
import { FollowUpClassEntity, ScreeningSemesterTallyEntity, ScreeningTallyEntity } from '../modules/screening/screening-tally.entities.js';
import { TraineeEntity, TraineeProgressEntity } from '../modules/training/trainee.entities.js';
import { CoverageEdgeEntity } from '../modules/metrics/coverage-edge.entity.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from '../modules/network/appointment.entities.js';
import {
  ClassGroupEntity,
  CollegeEntity,
  DormitoryEntity,
  StaffEntity,
  StudentEntity,
  WorkingGroupMemberEntity,
  WorkstationEntity,
} from '../modules/org/org.entities.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export const ENTITIES = [
  CollegeEntity,
  StaffEntity,
  ClassGroupEntity,
  DormitoryEntity,
  StudentEntity,
  WorkingGroupMemberEntity,
  WorkstationEntity,
  CommitteeAppointmentEntity,
  DormOfficerAppointmentEntity,
  UserEntity,
  RoleGrantEntity,
  SessionEntity,
  LoginAttemptEntity,
  ApiTokenEntity,
  ActivationCodeEntity,
  AuditEventEntity,
  SemesterEntity,
  TrainingProgrammeEntity,
  TrainingSessionEntity,
  SessionAttendanceEntity,
  ModuleCompletionEntity,
  TraineeEntity,
  TraineeProgressEntity,
  CoverageEdgeEntity,
  ScreeningCampaignEntity,
  ScreeningResultEntity,
  ScreeningTallyEntity,
  FollowUpClassEntity,
  ScreeningSemesterTallyEntity,
  FollowUpEntity,
  FollowUpStepEntity,
  AlertEntity,
  AlertReadEntity,
  SubmissionDeadlineEntity,
  SubmissionEntity,
  SubmissionSnapshotEntity,
  SubmissionEventEntity,
];

export const MIGRATIONS_DIR: Record<Engine, string> = {
  sqlite: new URL('./migrations/sqlite', import.meta.url).pathname.replace('/dist/', '/src/'),
  postgresql: new URL('./migrations/postgresql', import.meta.url).pathname.replace('/dist/', '/src/'),
};

export interface OrmOptions {
  debug?: boolean;
  /** Called with every SQL statement (used by tests and benchmarks that count statements). */
  onQuery?: (sql: string) => void;
  /**
   * How long a request may wait for a database connection before it is refused as busy (the
   * server: DB_WAIT_SECONDS); tools that work alone keep knex's 60 s.
   */
  waitMs?: number;
  /**
   * PostgreSQL: workers one statement may add (max_parallel_workers_per_gather on every connection of
   * the pool; the server: PG_PARALLEL_WORKERS). 0 by default: the reports read per-unit rows, and
   * starting workers cost more than they saved (docs/performance.md, "Parallel workers").
   */
  parallelWorkers?: number;
}

/** Builds MikroORM options for a SQLite file path or a postgresql:// URL. */
export async function ormOptions(databaseUrl: string, opts: OrmOptions = {}): Promise<Options> {
  const engine = engineOf(databaseUrl);
  const common: Options = {
    entities: ENTITIES,
    discovery: { requireEntitiesArray: true },
    extensions: [Migrator],
    subscribers: [new LengthGuard()],
    forceUtcTimezone: true,
    driverOptions: { acquireConnectionTimeout: opts.waitMs ?? 60_000 },
    allowGlobalContext: false,
    loadStrategy: 'joined',
    debug: opts.debug ?? false,
    logger: opts.onQuery ? (msg) => opts.onQuery?.(msg) : undefined,
    migrations: {
      migrationsList: engine === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
      path: MIGRATIONS_DIR[engine],
      pathTs: MIGRATIONS_DIR[engine],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: 'ts',
    },
  };
  if (opts.onQuery) {
    common.debug = ['query'];
  }
  if (engine === 'sqlite') {
    const { LibSqlDriver } = await import('@mikro-orm/libsql');
    if (databaseUrl !== ':memory:') mkdirSync(dirname(databaseUrl), { recursive: true });
    return { ...common, driver: LibSqlDriver, dbName: databaseUrl, pool: { afterCreate: sqliteConnectionSetup } } as Options;
  }
  const { PostgreSqlDriver } = await import('@mikro-orm/postgresql');
  return { ...common, driver: PostgreSqlDriver, clientUrl: databaseUrl, pool: { afterCreate: pgConnectionSetup(opts.parallelWorkers ?? 0) } } as Options;
}

/** Every new PostgreSQL connection of the pool gets the server's per-session settings. */
function pgConnectionSetup(parallelWorkers: number) {
  if (!Number.isInteger(parallelWorkers) || parallelWorkers < 0) throw new Error(`parallel workers must be a whole number, got ${parallelWorkers}`);
  return (conn: { query(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void): void => {
    conn.query(`set max_parallel_workers_per_gather = ${parallelWorkers}`, (err) => done(err, conn));
  };
}

/** The settings SQLite keeps per connection, not in the file. */
export const SQLITE_CONNECTION_PRAGMAS = ['pragma foreign_keys = on', 'pragma busy_timeout = 5000'];

/**
 * Every new SQLite connection of the pool gets the per-connection settings. MikroORM's libsql
 * dialect (knex) also counts a connection stale after 10 s and replaces it, which is meant for
 * remote databases; the replacement had lost `busy_timeout` (a concurrent writer then failed at once
 * with SQLITE_BUSY) and its page cache. A local file's connection is marked as never stale (upstream
 * fixed the same: mikro-orm/mikro-orm#8050).
 */
function sqliteConnectionSetup(conn: { exec(sql: string): unknown; __created?: number }, done: (err: Error | null, conn: unknown) => void): void {
  try {
    for (const p of SQLITE_CONNECTION_PRAGMAS) conn.exec(p);
    conn.__created = Number.POSITIVE_INFINITY;
    done(null, conn);
  } catch (e) {
    done(e as Error, conn);
  }
}

export async function openOrm(databaseUrl: string, opts: OrmOptions = {}): Promise<MikroORM> {
  const { MikroORM } = await import('@mikro-orm/core');
  const orm = await MikroORM.init(await ormOptions(databaseUrl, opts));
  if (engineOf(databaseUrl) === 'sqlite') {
    // WAL lets readers proceed during an import (kept in the file); the rest is per connection (above).
    await orm.em.getConnection().execute('pragma journal_mode = wal');
  }
  return orm;
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
