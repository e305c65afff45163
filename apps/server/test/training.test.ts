import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const SEM = '2026-2027-1';
const ROW = 'collegeCode trainees basicCompleted selfDesignedSessionsHeld attendedSelfDesigned completed';
const REPORT = `query($level: NetworkLevel!, $semester: String!) { trainingCompletion(level: $level, semester: $semester) {
  level semester programme { moduleCodes minSelfDesignedAttendance isDefault } total { ${ROW} completion } colleges { ${ROW} completion basicCompletion } } }`;
const CREATE = `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id code status held heldOn levels audiences version } }`;
const IMPORT = `mutation($kind: TrainingImportKind!, $semester: String!, $csv: String!, $dryRun: Boolean) {
  importTraining(kind: $kind, semester: $semester, csv: $csv, dryRun: $dryRun) { created updated unchanged dryRun errors { row column message } } }`;

type Row = Record<string, unknown>;

describe.each(ENGINES)('training completion on %s', (engine) => {
  let s: TestServer;
  let leaderFL: Client;
  const sessions: Record<string, { id: string; version: number }> = {};

  const session = async (code: string, college: string, levels: string[], held: boolean, audiences?: string[]) => {
    const d = await s.ok<{ createTrainingSession: { id: string; version: number } }>(CREATE, {
      input: { collegeCode: college, semester: SEM, code, title: `培训 ${code}`, levels, held, heldOn: held ? '2026-10-10' : null, audiences },
    });
    sessions[code] = d.createTrainingSession;
  };
  const report = async (level: string) =>
    (await s.ok<{ trainingCompletion: { total: Row; colleges: Row[]; programme: Row } }>(REPORT, { level, semester: SEM })).trainingCompletion;

  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
    await importCsv(s, 'COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U2,2023000004,2026-09-20\nCS-G1,S2024000001,2026-09-20\n');
    // 2023000002 graduates: their committee post ends, so they are no trainee any more (a lapsed post).
    await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000002,学生二,M,CS-U1,D101,GRADUATED\n');
    await session('CS-S1', 'CS', ['UNDERGRADUATE'], true);
    await session('CS-S2', 'CS', ['UNDERGRADUATE'], false);
    await session('CS-S3', 'CS', ['GRADUATE'], true);
    await session('CS-WG', 'CS', ['UNDERGRADUATE'], true, ['WORKING_GROUP']);
    await session('FL-S1', 'FL', ['UNDERGRADUATE'], true);
    const attend = async (code: string, nos: string[]) =>
      s.ok(`mutation($id: ID!, $nos: [String!]!) { recordAttendance(sessionId: $id, studentNos: $nos) { added } }`, { id: sessions[code]!.id, nos });
    await attend('CS-S1', ['2023000001', '2023000002']);
    await attend('CS-S2', ['2023000001', '2023000004']);
    await attend('CS-S3', ['2023000004', 'S2024000001']);
    await attend('FL-S1', ['2023000001', '2023000006']);
    const completions =
      '学号,模块代码,完成日期\n' +
      ['2023000001', '2023000004', '2023000002', 'S2024000001'].flatMap((no) => ['COURSEWARE', 'lecture', 'READER'].map((m) => `${no},${m},2026/10/1 09:30`)).join('\n') +
      '\n2023000006,COURSEWARE,2026-10-02\n2023000006,LECTURE,2026-10-02\n';
    const r = await s.ok<{ importTraining: Row }>(IMPORT, { kind: 'MODULE_COMPLETIONS', semester: SEM, csv: completions });
    expect(r.importTraining).toMatchObject({ created: 14, updated: 0, unchanged: 0, errors: [] });
    await s.ok(`mutation { createUser(input: { username: "leader-fl", password: "leader-password-1", grants: [{ role: COLLEGE_LEADER, collegeCode: "FL" }] }) { id } }`);
    leaderFL = await s.login('leader-fl', 'leader-password-1');
  });
  afterAll(() => s?.close());

  it('counts every rule by hand: both posts once, a lapsed post, sessions not held, of the other level, of another college, working-group study', async () => {
    const ug = await report('UNDERGRADUATE');
    // CS: trainees 2023000001 (committee member and officer: once) and 2023000004; 2023000002's post lapsed.
    // Held sessions for undergraduate trainees: CS-S1 only (CS-S2 is planned, CS-S3 graduate, CS-WG the working group's).
    // 2023000001 attended CS-S1; 2023000004 only CS-S2 (not held) and CS-S3 (other level). FL's session does not count for CS.
    expect(ug.colleges).toEqual([
      { collegeCode: 'CS', trainees: 2, basicCompleted: 2, selfDesignedSessionsHeld: 1, attendedSelfDesigned: 1, completed: 1, completion: 0.5, basicCompletion: 1 },
      // FL: 2023000006 (officer) has two of three modules and attended FL-S1.
      { collegeCode: 'FL', trainees: 1, basicCompleted: 0, selfDesignedSessionsHeld: 1, attendedSelfDesigned: 1, completed: 0, completion: 0, basicCompletion: 0 },
    ]);
    expect(ug.total).toEqual({ collegeCode: null, trainees: 3, basicCompleted: 2, selfDesignedSessionsHeld: 2, attendedSelfDesigned: 2, completed: 1, completion: 1 / 3 });
    expect(ug.programme).toEqual({ moduleCodes: ['COURSEWARE', 'LECTURE', 'READER'], minSelfDesignedAttendance: 1, isDefault: true });
    const grad = await report('GRADUATE');
    expect(grad.colleges).toEqual([
      { collegeCode: 'CS', trainees: 1, basicCompleted: 1, selfDesignedSessionsHeld: 1, attendedSelfDesigned: 1, completed: 1, completion: 1, basicCompletion: 1 },
    ]);
  });

  it('minSelfDesignedAttendance 2 and a narrower programme change the counts; a planned session marked held starts to count', async () => {
    await s.ok(`mutation { setTrainingProgramme(semester: "${SEM}", moduleCodes: ["COURSEWARE", "LECTURE"], minSelfDesignedAttendance: 2) { isDefault } }`);
    let ug = await report('UNDERGRADUATE');
    expect(ug.colleges.map((c) => [c.collegeCode, c.basicCompleted, c.attendedSelfDesigned, c.completed])).toEqual([
      ['CS', 2, 0, 0],
      ['FL', 1, 0, 0],
    ]);
    await s.ok(`mutation($id: ID!, $v: Int!) { setTrainingSessionHeld(id: $id, version: $v, held: true, heldOn: "2026-11-05") { status } }`, {
      id: sessions['CS-S2']!.id,
      v: sessions['CS-S2']!.version,
    });
    ug = await report('UNDERGRADUATE');
    // 2023000001 now has CS-S1 and CS-S2; 2023000004 only CS-S2.
    expect(ug.colleges[0]).toMatchObject({ collegeCode: 'CS', selfDesignedSessionsHeld: 2, attendedSelfDesigned: 1, completed: 1 });
    const audit = await s.sql<{ action: string }>(`select action from audit_event where action like 'training.%' order by id`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['training.session.create', 'training.attendance.record', 'training.import', 'training.programme.set', 'training.session.held']));
    await s.ok(`mutation { setTrainingProgramme(semester: "${SEM}", moduleCodes: ["COURSEWARE", "LECTURE", "READER"], minSelfDesignedAttendance: 1) { isDefault } }`);
  });

  it('refuses a bad file whole, naming row and column as written; a dry run writes nothing; a re-import changes nothing', async () => {
    const before = await s.sql(`select * from module_completion order by id`);
    const bad = '学号,模块代码,完成日期\n2023000003,COURSEWARE,2026-10-01\n9999999999,READER,2026-10-01\n2023000003,PHOTO,2026-10-01\n2023000003,READER,2026-13-01\n';
    const r = await s.ok<{ importTraining: Row }>(IMPORT, { kind: 'MODULE_COMPLETIONS', semester: SEM, csv: bad });
    expect(r.importTraining).toMatchObject({ created: 0 });
    expect((r.importTraining.errors as Row[]).map((e) => [e.row, e.column])).toEqual([
      [3, '学号'],
      [4, '模块代码'],
      [5, '完成日期'],
    ]);
    expect(await s.sql(`select * from module_completion order by id`)).toEqual(before);
    const dry = await s.ok<{ importTraining: Row }>(IMPORT, { kind: 'MODULE_COMPLETIONS', semester: SEM, csv: '学号,模块代码,完成日期\n2023000003,COURSEWARE,2026-10-01\n', dryRun: true });
    expect(dry.importTraining).toMatchObject({ created: 1, dryRun: true, errors: [] });
    expect(await s.sql(`select * from module_completion order by id`)).toEqual(before);
    const missing = await s.ok<{ importTraining: Row }>(IMPORT, { kind: 'SESSION_ATTENDANCE', semester: SEM, csv: 'student_no\n2023000001\n' });
    expect(missing.importTraining.errors).toEqual([{ row: 1, column: 'session_code', message: 'missing column "session_code" (培训代码)' }]);
    const sheet = 'session_code,student_no\nCS-S1,2023000001\nCS-S1,2023000003\nNOPE,2023000003\n';
    const att = await s.ok<{ importTraining: Row }>(IMPORT, { kind: 'SESSION_ATTENDANCE', semester: SEM, csv: sheet });
    expect((att.importTraining.errors as Row[]).map((e) => [e.row, e.column])).toEqual([[4, 'session_code']]);
    const ok = await s.ok<{ importTraining: Row }>(IMPORT, { kind: 'SESSION_ATTENDANCE', semester: SEM, csv: sheet.split('\n').slice(0, 3).join('\n') });
    expect(ok.importTraining).toMatchObject({ created: 1, unchanged: 1 });
    const again = await s.ok<{ importTraining: Row }>(IMPORT, { kind: 'SESSION_ATTENDANCE', semester: SEM, csv: sheet.split('\n').slice(0, 3).join('\n') });
    expect(again.importTraining).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('a college leader changes only their own college, and sees completion only of it', async () => {
    const other = await leaderFL.gql(CREATE, { input: { collegeCode: 'CS', semester: SEM, code: 'X1', title: 't', levels: ['UNDERGRADUATE'], held: false } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await leaderFL.ok<{ createTrainingSession: Row }>(CREATE, { input: { collegeCode: 'FL', semester: SEM, code: 'FL-S2', title: '朋辈辅导', levels: ['UNDERGRADUATE'], held: false } });
    expect(own.createTrainingSession).toMatchObject({ code: 'FL-S2', status: 'PLANNED', audiences: ['COMMITTEE_MEMBERS', 'DORM_OFFICERS'] });
    const dup = await leaderFL.gql(CREATE, { input: { collegeCode: 'FL', semester: SEM, code: 'CS-S1', title: 't', levels: ['UNDERGRADUATE'], held: false } });
    expect(dup.errors?.[0]).toMatchObject({ message: `session code CS-S1 is already used in ${SEM}`, extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
    const r = await leaderFL.ok<{ trainingCompletion: { colleges: Row[] } }>(REPORT, { level: 'UNDERGRADUATE', semester: SEM });
    expect(r.trainingCompletion.colleges.map((c) => c.collegeCode)).toEqual(['FL']);
    // Completions for another college's student read as unknown numbers.
    const foreign = await leaderFL.ok<{ importTraining: Row }>(IMPORT, { kind: 'MODULE_COMPLETIONS', semester: SEM, csv: 'student_no,module_code,completed_on\n2023000004,READER,2026-10-01\n' });
    expect((foreign.importTraining.errors as Row[])[0]).toMatchObject({ row: 2, column: 'student_no' });
  });

  it("a counselor follows the trainees of their classes, dorm officers included, and no one else's", async () => {
    // 2023000003 (CS-U1) becomes the officer of D102: a trainee through the dorm, in the counselor's class.
    const appointed = await s.ok<{ appointDormOfficer: { id: string } }>(
      `mutation { appointDormOfficer(input: { dormCode: "D102", studentNo: "2023000003", appointedOn: "2026-09-20" }) { id } }`,
    );
    await s.ok(`mutation { createUser(input: { username: "counselor-cs", password: "counselor-password-1", staffNo: "T0000004" }) { id } }`);
    const counselor = await s.login('counselor-cs', 'counselor-password-1');
    const r = await counselor.ok<{ trainingCompletion: { colleges: Row[] } }>(REPORT, { level: 'UNDERGRADUATE', semester: SEM });
    expect(r.trainingCompletion.colleges.map((c) => [c.collegeCode, c.trainees])).toEqual([['CS', 3]]);
    const d = await counselor.ok<{ collegeTraining: { trainees: Row[] } }>(
      `{ collegeTraining(collegeCode: "CS", level: UNDERGRADUATE, semester: "${SEM}") { trainees { studentNo posts } } }`,
    );
    expect(d.collegeTraining.trainees.map((t) => [t.studentNo, t.posts])).toEqual([
      ['2023000001', ['CS-U1', 'D101']],
      ['2023000003', ['D102']],
      ['2023000004', ['CS-U2']],
    ]);
    // Ended again: the other tests count without them.
    await s.ok(`mutation($id: ID!) { endDormOfficer(input: { id: $id }) { id } }`, { id: appointed.appointDormOfficer.id });
  });

  it("a college's trainees one by one: what each still misses", async () => {
    const d = await s.ok<{ collegeTraining: { summary: Row; trainees: Row[]; sessions: Row[] } }>(
      `{ collegeTraining(collegeCode: "FL", level: UNDERGRADUATE, semester: "${SEM}") { summary { trainees completed } trainees { studentNo posts modulesDone modulesMissing sessionsAttended completed } sessions { code held } } }`,
    );
    expect(d.collegeTraining.trainees).toEqual([
      { studentNo: '2023000006', posts: ['D201'], modulesDone: ['COURSEWARE', 'LECTURE'], modulesMissing: ['READER'], sessionsAttended: 1, completed: false },
    ]);
    expect(d.collegeTraining.sessions.map((x) => x.code)).toEqual(['FL-S1', 'FL-S2']);
  });

  it('refuses bad sessions with the field named', async () => {
    const future = await s.gql(CREATE, { input: { collegeCode: 'CS', semester: SEM, code: 'F1', title: 't', levels: ['UNDERGRADUATE'], held: true, heldOn: '2999-01-01' } });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldOn' });
    const noDate = await s.gql(CREATE, { input: { collegeCode: 'CS', semester: SEM, code: 'F2', title: 't', levels: ['UNDERGRADUATE'], held: true } });
    expect(noDate.errors?.[0]?.message).toBe('a held session needs the date it was held');
    const badSem = await s.gql(CREATE, { input: { collegeCode: 'CS', semester: '2026-2028-1', code: 'F3', title: 't', levels: ['UNDERGRADUATE'], held: false } });
    expect(badSem.errors?.[0]?.extensions).toMatchObject({ field: 'semester' });
    const withAttendance = await s.gql(`mutation($id: ID!) { deleteTrainingSession(id: $id) }`, { id: sessions['CS-S1']!.id });
    expect(withAttendance.errors?.[0]?.message).toMatch(/attendance records and cannot be deleted/);
  });

  it('exports the plan as 附件3: one row per session with date, title, form, audience, speaker, place, and a stamp line; audited', async () => {
    await s.ok(`mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { version } }`, {
      input: { id: sessions['FL-S1']!.id, version: sessions['FL-S1']!.version, title: '朋辈心理辅导技能', levels: ['UNDERGRADUATE'], audiences: ['COMMITTEE_MEMBERS', 'DORM_OFFICERS'], form: 'WORKSHOP', speaker: '李老师', place: '知行楼323', plannedOn: '2026-10-10' },
    });
    const d = await leaderFL.ok<{ trainingPlanDocument: { filename: string; base64: string } }>(`{ trainingPlanDocument(collegeCode: "FL", semester: "${SEM}") { filename base64 } }`);
    expect(d.trainingPlanDocument.filename).toBe(`附件3_外国语学院_${SEM}_培训计划.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(d.trainingPlanDocument.base64, 'base64') as never);
    const ws = wb.worksheets[0]!;
    const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
    expect(rows[0]![0]).toBe('附件3');
    expect(rows[1]![0]).toBe('外国语学院2026–2027学年第一学期心理健康工作培训计划');
    const head = rows.findIndex((r) => r[0] === '序号');
    expect(rows[head]).toEqual(['序号', '日期', '培训主题', '培训形式', '培训对象', '培养层次', '主讲人', '地点', '状态']);
    expect(rows[head + 1]).toEqual(['1', '2026-10-10', '朋辈心理辅导技能', '工作坊', '班级心理委员、宿舍心理信息员', '本科生', '李老师', '知行楼323', '已举办（2026-10-10）']);
    expect(rows[head + 2]!.slice(0, 5)).toEqual(['2', '', '朋辈辅导', '讲座', '班级心理委员、宿舍心理信息员']);
    expect(rows.at(-1)!.join('')).toContain('学院（盖章）');
    const audit = await s.sql<{ action: string; record_id: string }>(`select action, record_id from audit_event where action = 'training.plan.export'`);
    expect(audit).toEqual([{ action: 'training.plan.export', record_id: 'FL' }]);
    const other = await leaderFL.gql(`{ trainingPlanDocument(collegeCode: "CS", semester: "${SEM}") { filename } }`);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
