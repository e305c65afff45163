import { rmSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/knex';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from '../../modules/network/appointment.entities.js';
import { ClassGroupEntity, CollegeEntity } from '../../modules/org/org.entities.js';
import { SYSTEM } from '../../common/actor.js';
import { engineOf, loadConfig } from '../../config.js';
import { serve } from '../../main.js';
import { readCsv } from '../../modules/roster-import/table-reader.js';
import { createServices } from '../../services.js';
import { migrate, openOrm } from '../orm.js';
import { DEMO_OPTIONS, generateUniversity, IMPORT_ORDER } from './generate.js';

/** Loads a generated university through the real import path, kind by kind. */
export async function loadUniversity(databaseUrl: string, files: Record<string, string>, log: (s: string) => void) {
  const orm = await openOrm(databaseUrl);
  try {
    await migrate(orm);
    const importer = createServices({ timeZone: loadConfig().timeZone }).rosterImport;
    for (const kind of IMPORT_ORDER) {
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
    const auth = createServices({ timeZone: loadConfig().timeZone }).auth;
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
    const system = { kind: 'system', name: 'demo' } as const;
    const accounts = [
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

/** `npm run demo`: a fresh, deterministic demo university on embedded SQLite, then the server. */
export async function runDemo(opts: { serve: boolean }) {
  const databaseUrl = process.env.DATABASE_URL?.trim() || './data/demo.db';
  process.env.DATABASE_URL = databaseUrl;
  if (engineOf(databaseUrl) === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseUrl}${suffix}`, { force: true });
  }
  console.log(`Creating the demo university in ${databaseUrl} ...`);
  const uni = generateUniversity(DEMO_OPTIONS);
  await loadUniversity(databaseUrl, uni.files, console.log);
  const accounts = await createDemoAccounts(databaseUrl);
  if (!opts.serve) return;
  const { url } = await serve({ quiet: true });
  console.log(`\nCareNet demo is running: ${url}`);
  console.log('  GraphQL endpoint:  ' + `${url}graphql`);
  console.log(`  Demo logins (password for all: ${DEMO_PASSWORD}; demo only):`);
  for (const a of accounts) console.log(`    ${a.username.padEnd(10)} ${a.role.padEnd(17)} ${a.scope}`);
  console.log('  Press Ctrl+C to stop.');
}
