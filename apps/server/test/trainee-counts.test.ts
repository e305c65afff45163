import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { openOrm } from '../src/db/orm.js';
import { scopeFilter } from '../src/modules/metrics/coverage.sql.js';
import { keptTrainingCompletionSql, trainingCompletionSql } from '../src/modules/metrics/training.sql.js';
import { findTraineeDrift, repairTrainees } from '../src/modules/metrics/unit-counts.js';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, startServer, type TestServer } from './harness.js';

// Training completion reads trainee rows kept by database triggers. Every kind of write must keep
// them equal to what the source rows say, and the report from them equal to the report computed
// from the source rows (which a scope of single classes still uses).

const SEM = '2026-2027-1';
const CREATE = `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`;
const IMPORT = `mutation($kind: TrainingImportKind!, $semester: String!, $csv: String!) {
  importTraining(kind: $kind, semester: $semester, csv: $csv) { created errors { row column message } } }`;
const PROGRAMME = `query($s: String!) { trainingProgramme(semester: $s) { moduleCodes minSelfDesignedAttendance } }`;
const LEVELS = ['UNDERGRADUATE', 'GRADUATE'] as const;

describe.each(ENGINES)('kept trainee rows on %s', (engine) => {
  let s: TestServer;
  const id = async (sql: string, params: unknown[] = []) => Number((await s.sql<{ id: number }>(sql, params))[0]!.id);

  /** The two reports, for both levels, from the kept rows and from the source rows. */
  const reports = async () => {
    const p = (await s.ok<{ trainingProgramme: { moduleCodes: string[]; minSelfDesignedAttendance: number } }>(PROGRAMME, { s: SEM })).trainingProgramme;
    const out: Record<string, unknown[]> = {};
    for (const level of LEVELS) {
      const f = scopeFilter({ all: true });
      out[`kept ${level}`] = await s.sql(keptTrainingCompletionSql(level, f, null, p.moduleCodes.length, p.minSelfDesignedAttendance), [SEM, SEM]);
      out[`source ${level}`] = await s.sql(trainingCompletionSql(level, f, p.moduleCodes.length, p.minSelfDesignedAttendance), [SEM, SEM, ...p.moduleCodes]);
    }
    return out;
  };
  const numbers = (rows: unknown[]) => rows.map((r) => Object.fromEntries(Object.entries(r as object).map(([k, v]) => [k, k.startsWith('college_') && k !== 'college_id' ? v : Number(v)])));
  /** No drift, and both reports agree; returns the undergraduate report's CS row. */
  const check = async () => {
    expect((await findTraineeDrift(s.em())).drift).toEqual([]);
    const r = await reports();
    for (const level of LEVELS) expect(numbers(r[`kept ${level}`]!)).toEqual(numbers(r[`source ${level}`]!));
    const cs = numbers(r['kept UNDERGRADUATE']!).find((x) => x.college_code === 'CS')!;
    return `${cs.trainees} trainees, ${cs.basic_completed} basic, ${cs.attended_self_designed} attended, ${cs.completed} completed`;
  };

  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    expect((await importCsv(s, 'COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U2,2023000004,2026-09-20\nCS-G1,S2024000001,2026-09-20\n')).errors).toEqual([]);
    for (const [code, college, levels, held] of [
      ['CS-S1', 'CS', ['UNDERGRADUATE'], true],
      ['CS-S2', 'CS', ['UNDERGRADUATE'], false],
      ['CS-S3', 'CS', ['GRADUATE'], true],
      ['FL-S1', 'FL', ['UNDERGRADUATE'], true],
    ] as const) {
      await s.ok(CREATE, { input: { collegeCode: college, semester: SEM, code, title: `培训 ${code}`, levels, held, heldOn: held ? '2026-10-10' : null } });
    }
    const attend = async (code: string, nos: string[]) =>
      s.ok(`mutation($id: ID!, $nos: [String!]!) { recordAttendance(sessionId: $id, studentNos: $nos) { added } }`, {
        id: String(await id('select id from training_session where code = ?', [code])),
        nos,
      });
    await attend('CS-S1', ['2023000001', '2023000002']);
    await attend('CS-S2', ['2023000001', '2023000004']);
    await attend('CS-S3', ['2023000004', 'S2024000001']);
    await attend('FL-S1', ['2023000001', '2023000006']);
  });
  afterAll(() => s?.close());

  it('follow every kind of write, whatever path makes it, and give the report the source rows give', async () => {
    // CS undergraduate trainees: 2023000001 (member and officer, once), 2023000002, 2023000004.
    expect(await check()).toBe('3 trainees, 0 basic, 2 attended, 0 completed');

    const csv =
      '学号,模块代码,完成日期\n' +
      ['2023000001', '2023000004', 'S2024000001'].flatMap((no) => ['COURSEWARE', 'LECTURE', 'READER'].map((m) => `${no},${m},2026-10-01`)).join('\n') +
      '\n2023000002,COURSEWARE,2026-10-02\n';
    expect((await s.ok<{ importTraining: { errors: unknown[] } }>(IMPORT, { kind: 'MODULE_COMPLETIONS', semester: SEM, csv })).importTraining.errors).toEqual([]);
    expect(await check()).toBe('3 trainees, 2 basic, 2 attended, 1 completed');

    // A narrower programme: 2023000002's one module is now half of it; two sessions needed.
    await s.ok(`mutation { setTrainingProgramme(semester: "${SEM}", moduleCodes: ["COURSEWARE", "LECTURE"], minSelfDesignedAttendance: 2) { isDefault } }`);
    expect(await check()).toBe('3 trainees, 2 basic, 0 attended, 0 completed');
    // A planned session held counts: 2023000001 now has two.
    const s2 = await id(`select id from training_session where code = 'CS-S2'`);
    await s.sql(`update training_session set status = 'HELD', held_on = '2026-11-05' where id = ?`, [s2]);
    expect(await check()).toBe('3 trainees, 2 basic, 1 attended, 1 completed');
    // Nothing needed: every trainee attended enough.
    await s.ok(`mutation { setTrainingProgramme(semester: "${SEM}", moduleCodes: ["COURSEWARE", "LECTURE", "READER"], minSelfDesignedAttendance: 0) { isDefault } }`);
    expect(await check()).toBe('3 trainees, 2 basic, 3 attended, 2 completed');
    await s.ok(`mutation { setTrainingProgramme(semester: "${SEM}", moduleCodes: ["COURSEWARE", "LECTURE", "READER"], minSelfDesignedAttendance: 1) { isDefault } }`);

    // A graduate session opened to undergraduates counts for 2023000004.
    await s.sql(`update training_session set for_undergraduate = ? where code = 'CS-S3'`, [true]);
    expect(await check()).toBe('3 trainees, 2 basic, 3 attended, 2 completed');

    // Graduating ends 2023000002's post: no trainee any more.
    expect((await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000002,学生二,M,CS-U1,D101,GRADUATED\n')).errors).toEqual([]);
    expect(await check()).toBe('2 trainees, 2 basic, 2 attended, 2 completed');

    // A DBA's fixes are followed too: a completion deleted, a session deleted with its attendance.
    await s.sql(`delete from module_completion where module_code = 'READER' and student_id = (select id from student where student_no = '2023000004')`);
    expect(await check()).toBe('2 trainees, 1 basic, 2 attended, 1 completed');
    // 2023000004 still has CS-S2, held since.
    await s.sql(`delete from training_session where code = 'CS-S3'`);
    expect(await check()).toBe('2 trainees, 1 basic, 2 attended, 1 completed');
    await s.sql(`delete from session_attendance where session_id = ?`, [s2]);
    expect(await check()).toBe('2 trainees, 1 basic, 1 attended, 1 completed');

    // A new officer: 2023000003 in D102, with nothing done yet.
    await s.ok(`mutation { appointDormOfficer(input: { dormCode: "D102", studentNo: "2023000003", appointedOn: "2026-09-20" }) { id } }`);
    expect(await check()).toBe('3 trainees, 1 basic, 1 attended, 1 completed');
  });

  it('follow one statement that touches hundreds of students (a transaction locks the kept tables then)', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `2025${String(i).padStart(6, '0')},新生${i},F,CS-U1,D101,ENROLLED`);
    expect((await importCsv(s, 'STUDENTS', `student_no,name,gender,class_code,dorm_code,status\n${rows.join('\n')}\n`)).errors).toEqual([]);
    const csv = `学号,模块代码,完成日期\n${rows.map((r) => `${r.split(',')[0]},COURSEWARE,2026-10-01`).join('\n')}\n`;
    expect((await s.ok<{ importTraining: { errors: unknown[] } }>(IMPORT, { kind: 'MODULE_COMPLETIONS', semester: SEM, csv })).importTraining.errors).toEqual([]);
    await s.sql(`update student set status = 'SUSPENDED' where student_no like '2025%'`);
    await s.sql(`delete from module_completion where student_id in (select id from student where student_no like '2025%')`);
    expect(await check()).toBe('3 trainees, 1 basic, 1 attended, 1 completed');
  });

  it('verify reports kept rows that differ from the source rows, and repair recomputes them', async () => {
    const student = await id(`select id from student where student_no = '2023000001'`);
    await s.sql(`update trainee_progress set attended = attended + 3 where student_id = ?`, [student]);
    await s.sql(`delete from trainee where student_id = (select id from student where student_no = '2023000004')`);
    const { drift } = await findTraineeDrift(s.em());
    expect(drift.map((d) => `${d.kind} ${d.side}`).sort()).toEqual(['PROGRESS KEPT', 'PROGRESS SOURCE', 'TRAINEE SOURCE']);
    expect(drift.find((d) => d.side === 'KEPT')).toMatchObject({ studentId: student, semester: SEM, modulesDone: 3, attended: 4 });
    await repairTrainees(s.em());
    await check();
  });

  it('stay exact under concurrent writes from two connections', async () => {
    // One connection records and removes a trainee's completions and attendance; the other moves
    // them and appoints and ends their post, at the same time. Each must see what the other committed.
    const other = await openOrm(s.dbUrl);
    try {
      const student = await id(`select id from student where student_no = '2023000004'`);
      const [u1, u2] = [await id(`select id from class_group where code = 'CS-U1'`), await id(`select id from class_group where code = 'CS-U2'`)];
      const session = await id(`select id from training_session where code = 'CS-S1'`);
      await s.sql(`update committee_appointment set ended_on = '2026-10-30' where class_group_id in (?, ?) and ended_on is null`, [u1, u2]);
      const sleep = engine === 'postgresql' ? 'select pg_sleep(0.003)' : 'select 1';
      const mine = () => s.em() as EntityManager;
      const theirs = () => other.em.fork() as EntityManager;
      const progress = async (i: number) => {
        const now = new Date();
        await mine().transactional(async (tx) => {
          if (i % 2) {
            await tx.execute(`insert into module_completion (created_at, updated_at, semester, student_id, module_code, completed_on) values (?, ?, ?, ?, 'READER', '2026-11-01')`, [now, now, SEM, student]);
            await tx.execute(`insert into session_attendance (created_at, updated_at, session_id, student_id) values (?, ?, ?, ?)`, [now, now, session, student]);
          } else {
            await tx.execute(`delete from module_completion where student_id = ? and module_code = 'READER'`, [student]);
            await tx.execute(`delete from session_attendance where student_id = ? and session_id = ?`, [student, session]);
          }
          await tx.execute(sleep);
        });
      };
      const posts = async (i: number) => {
        const now = new Date();
        await theirs().transactional(async (tx) => {
          await tx.execute(`update student set class_group_id = ? where id = ?`, [i % 2 ? u1 : u2, student]);
          await tx.execute(
            `insert into committee_appointment (created_at, updated_at, class_group_id, student_id, slot, started_on, attests_service, attests_wellbeing) values (?, ?, ?, ?, 1, '2026-11-01', ?, ?)`,
            [now, now, i % 2 ? u1 : u2, student, true, true],
          );
          await tx.execute(sleep);
        });
        await theirs().transactional(async (tx) => {
          if (i % 3) await tx.execute(`update committee_appointment set ended_on = '2026-11-02' where student_id = ? and ended_on is null`, [student]);
          else await tx.execute(`delete from committee_appointment where student_id = ? and ended_on is null`, [student]);
        });
      };
      if (engine === 'postgresql') {
        const loop = async (step: (i: number) => Promise<void>) => {
          for (let i = 0; i < 30; i++) await step(i);
        };
        await Promise.all([loop(progress), loop(posts)]);
      } else {
        // SQLite has one writer; a connection waiting for the lock would block this process.
        for (let i = 0; i < 30; i++) {
          await progress(i);
          await posts(i);
        }
      }
      // Leave 2023000004 a trainee with progress, so the comparison has something to compare.
      await theirs().execute(
        `insert into committee_appointment (created_at, updated_at, class_group_id, student_id, slot, started_on, attests_service, attests_wellbeing) values (?, ?, ?, ?, 1, '2026-11-01', ?, ?)`,
        [new Date(), new Date(), u2, student, true, true],
      );
      await theirs().execute(`update student set class_group_id = ? where id = ?`, [u2, student]);
      await check();
      expect((await s.sql(`select 1 from trainee_progress where student_id = ?`, [student])).length).toBeGreaterThan(0);
    } finally {
      await other.close(true);
    }
  });
});
