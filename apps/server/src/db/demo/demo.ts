import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/core';
import type { Role } from '@carenet/domain';
import type { EntityManager } from '@mikro-orm/knex';
import { AuditEventEntity } from '../../modules/audit/audit.entity.js';
import type { CreateUserData } from '../../modules/auth/auth.common.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from '../../modules/network/appointment.entities.js';
import { ClassGroupEntity, CollegeEntity } from '../../modules/org/org.entities.js';
import { SYSTEM } from '../../common/actor.js';
import { today } from '../../common/dates.js';
import { engineOf, loadConfig } from '../../config.js';
import { serve } from '../../main.js';
import { readCsv } from '../../modules/roster-import/table-reader.js';
import { createServices } from '../../services.js';
import { migrate, openOrm, ormOptions } from '../orm.js';
import { seedActivity } from './activity.js';
import { DEMO_OPTIONS, type GenerateOptions, generateUniversity, IMPORT_ORDER } from './generate.js';

/** Loads a generated university through the real import path, kind by kind. */
export async function loadUniversity(databaseUrl: string, files: Record<string, string>, log: (s: string) => void, only: readonly string[] = IMPORT_ORDER) {
  const orm = await openOrm(databaseUrl);
  try {
    await migrate(orm);
    const importer = createServices({ timeZone: loadConfig().timeZone }).rosterImport;
    for (const kind of IMPORT_ORDER.filter((k) => only.includes(k))) {
      const t = Date.now();
      const res = await importer.importTable(orm.em.fork(), SYSTEM, kind, readCsv(files[kind] ?? ''));
      if (res.errors.length) {
        throw new Error(`demo data for ${kind} was refused: ${res.errors.slice(0, 3).map((e) => `row ${e.row} ${e.column}: ${String(e.message)}`).join('; ')}`);
      }
      log(`  ${kind.padEnd(18)} ${String(res.created).padStart(6)} rows  ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  } finally {
    await orm.close();
  }
}

export const DEMO_PASSWORD = 'carenet-demo';

/** One account per role, linked to real people of the demo university (demo only, never production). */
export async function createDemoAccounts(databaseUrl: string): Promise<{ username: string; role: string; scope: string }[]> {
  const orm = await openOrm(databaseUrl);
  try {
    const em = orm.em.fork() as EntityManager;
    const config = loadConfig();
    const auth = createServices({ timeZone: config.timeZone, passwordHashing: { memoryKib: config.passwordHashMemoryKib, timeCost: config.passwordHashTimeCost } }).accounts;
    const college = await em.findOneOrFail(CollegeEntity, { code: 'C01' });
    const cls = await em.findOneOrFail(ClassGroupEntity, { college, counselor: { $ne: null } }, { populate: ['counselor'], orderBy: { code: 'asc' } });
    const cm = await em.findOneOrFail(
      CommitteeAppointmentEntity,
      { endedOn: null, classGroup: { college } },
      { populate: ['student', 'classGroup'], orderBy: { id: 'asc' } },
    );
    const officer = await em.findOneOrFail(
      DormOfficerAppointmentEntity,
      { endedOn: null, dormitory: { college }, student: { $ne: cm.student.id } },
      { populate: ['student', 'dormitory'], orderBy: { id: 'asc' } },
    );
    const system = MARK;
    const accounts: { username: string; role: Role; scope: string; input: Omit<CreateUserData, 'username' | 'password'> }[] = [
      { username: 'admin', role: 'SCHOOL_ADMIN', scope: '全校 / all', input: { grants: [{ role: 'SCHOOL_ADMIN' }] } },
      { username: 'center', role: 'CENTER_STAFF', scope: '全校 / all', input: { grants: [{ role: 'CENTER_STAFF' }] } },
      { username: 'leader', role: 'COLLEGE_LEADER', scope: `${college.code} ${college.name}`, input: { grants: [{ role: 'COLLEGE_LEADER', collegeCode: college.code }] } },
      { username: 'counselor', role: 'COUNSELOR', scope: `${cls.counselor?.name} (${cls.counselor?.staffNo})`, input: { staffNo: cls.counselor?.staffNo, grants: [] } },
      { username: 'committee', role: 'COMMITTEE_MEMBER', scope: `${cm.student.name} · ${cm.classGroup.code}`, input: { studentNo: cm.student.studentNo, grants: [] } },
      { username: 'officer', role: 'DORM_OFFICER', scope: `${officer.student.name} · ${officer.dormitory.code}`, input: { studentNo: officer.student.studentNo, grants: [] } },
    ];
    for (const a of accounts) await auth.createUser(em, system, { username: a.username, password: DEMO_PASSWORD, ...a.input });
    return accounts.map(({ username, role, scope }) => ({ username, role, scope }));
  } finally {
    await orm.close();
  }
}

/** The demo's own database unless DEMO_DATABASE_URL or `--database` names another; never DATABASE_URL. */
export const DEMO_DATABASE = './data/demo.db';

/** The audit event that marks a database as made by the demo (written first, so a half-loaded demo counts too). */
const MARK = { kind: 'system', name: 'demo' } as const;
const MARK_ACTION = 'demo.create';

/** For SQLite, the file beside the database saying the demo made it: a file without one is never opened. */
export const markerFileOf = (databaseUrl: string) => `${databaseUrl}.carenet-demo`;

/** Raised when the demo is pointed at a database that it did not create; nothing has been changed. */
export class DemoRefused extends Error {}

type Found = 'new' | 'demo' | { foreign: string };

/** Tables outside the system schemas (SQLite has one schema). */
async function tablesOf(orm: MikroORM, sqlite: boolean): Promise<{ schema: string; name: string }[]> {
  const sql = sqlite
    ? `select 'main' as schema, name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
    : `select schemaname as schema, tablename as name from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`;
  return (orm.em.fork() as EntityManager).getConnection().execute(sql);
}

/** What is at databaseUrl, judged without changing anything there. */
async function inspect(databaseUrl: string): Promise<Found> {
  const sqlite = engineOf(databaseUrl) === 'sqlite';
  if (sqlite && !existsSync(databaseUrl)) return 'new';
  // A SQLite file without the marker file is not even opened.
  if (sqlite && !existsSync(markerFileOf(databaseUrl))) {
    return { foreign: `there is no demo marker file ${markerFileOf(databaseUrl)} beside it; if it is a demo database from an earlier version, delete it` };
  }
  // Not openOrm: its pragmas would switch someone else's SQLite file to WAL.
  const orm = await MikroORM.init(await ormOptions(databaseUrl));
  try {
    const tables = await tablesOf(orm, sqlite);
    // An empty PostgreSQL database (fresh from createdb) holds nothing to lose.
    if (tables.length === 0) return 'new';
    if (!tables.some((t) => t.name === 'audit_event')) {
      return { foreign: `it holds tables that are not CareNet's (${tables.slice(0, 3).map((t) => t.name).join(', ')})` };
    }
    const marks = await orm.em.fork().count(AuditEventEntity, { action: MARK_ACTION, actorKind: MARK.kind, actorName: MARK.name });
    return marks > 0 ? 'demo' : { foreign: 'it holds CareNet data that the demo did not create' };
  } finally {
    await orm.close();
  }
}

/**
 * Makes databaseUrl an empty, migrated database marked as the demo's. Refuses (DemoRefused, before
 * changing anything) unless the database is absent, empty, or one the demo created earlier.
 */
export async function prepareDemoDatabase(databaseUrl: string): Promise<void> {
  const found = await inspect(databaseUrl);
  if (typeof found === 'object') {
    throw new DemoRefused(
      `The demo will not overwrite ${databaseUrl}: the demo did not create it (${found.foreign}). Nothing was changed.\n` +
        `The demo recreates only its own database: ${DEMO_DATABASE} unless DEMO_DATABASE_URL or --database names another ` +
        '(a file that does not exist yet or an empty PostgreSQL database). It never uses DATABASE_URL.',
    );
  }
  const sqlite = engineOf(databaseUrl) === 'sqlite';
  if (sqlite) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseUrl}${suffix}`, { force: true });
    writeFileSync(markerFileOf(databaseUrl), 'The SQLite database beside this file was created by `npm run demo`, which recreates it at every start.\n');
  }
  const orm = await openOrm(databaseUrl);
  try {
    if (found === 'demo' && !sqlite) {
      const conn = (orm.em.fork() as EntityManager).getConnection();
      for (const t of await tablesOf(orm, false)) await conn.execute(`drop table if exists "${t.schema}"."${t.name}" cascade`);
    }
    await migrate(orm);
    const services = createServices({ timeZone: loadConfig().timeZone });
    // First thing in the new database: a half-loaded demo is still recognised as the demo's.
    await services.audit.recordNow(orm.em.fork() as EntityManager, MARK, { action: MARK_ACTION, recordType: 'database', detail: { by: 'npm run demo' } });
  } finally {
    await orm.close();
  }
}

/** `npm run demo`: a fresh demo university, deterministic for the day it runs (embedded SQLite by default), then the server. */
export async function runDemo(
  opts: { serve: boolean; databaseUrl?: string; university?: GenerateOptions; log?: (s: string) => void },
): Promise<{ databaseUrl: string }> {
  const log = opts.log ?? console.log;
  const databaseUrl = opts.databaseUrl?.trim() || process.env.DEMO_DATABASE_URL?.trim() || DEMO_DATABASE;
  await prepareDemoDatabase(databaseUrl);
  log(`Creating the demo university in ${databaseUrl} ...`);
  // Cohorts and appointment dates follow the day the demo runs, in the university's time zone.
  const uni = generateUniversity({ today: today(loadConfig().timeZone), ...(opts.university ?? DEMO_OPTIONS) });
  await loadUniversity(databaseUrl, uni.files, log);
  await seedActivity(databaseUrl, today(loadConfig().timeZone), log);
  const accounts = await createDemoAccounts(databaseUrl);
  if (!opts.serve) return { databaseUrl };
  // The server started below reads its database from DATABASE_URL.
  process.env.DATABASE_URL = databaseUrl;
  const { url } = await serve({ quiet: true });
  log(`\nCareNet demo is running: ${url}`);
  log('  GraphQL endpoint:  ' + `${url}graphql`);
  log(`  Demo logins (password for all: ${DEMO_PASSWORD}; demo only):`);
  for (const a of accounts) log(`    ${a.username.padEnd(10)} ${a.role.padEnd(17)} ${a.scope}`);
  log('  Press Ctrl+C to stop.');
  return { databaseUrl };
}
