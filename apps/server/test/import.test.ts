import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/dates.js';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, snapshot, startServer, type TestServer } from './harness.js';

describe.each(ENGINES)('roster import on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) {
      const r = await importCsv(s, kind, csv);
      expect(r.errors, kind).toEqual([]);
    }
  });
  afterAll(() => s?.close());

  it('importing the same files twice reports every row unchanged and changes nothing', async () => {
    const before = await snapshot(s);
    for (const [kind, csv] of UNIVERSITY) {
      const r = await importCsv(s, kind, csv);
      const rows = csv.trim().split('\n').length - 1;
      expect({ kind, created: r.created, updated: r.updated, unchanged: r.unchanged }).toEqual({ kind, created: 0, updated: 0, unchanged: rows });
    }
    expect(await snapshot(s)).toEqual(before);
  });

  it.each([
    ['an unknown class code', 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000101,新生,M,CS-U1,,ENROLLED\n2023000102,新生二,F,NOPE,,ENROLLED\n', { row: 3, column: 'class_code' }],
    ['a malformed student number', 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000103,新生,M,CS-U1,,ENROLLED\n20-23,新生二,F,CS-U1,,ENROLLED\n', { row: 3, column: 'student_no' }],
    ['a level that is neither undergraduate nor graduate', 'CLASSES', 'code,name,college_code,level,grade\nCS-U9,新班,CS,UNDERGRADUATE,2024\nCS-X1,博士班,CS,博士生,2024\n', { row: 3, column: 'level' }],
    ['a third committee member for a class', 'COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U2,2023000004,2024-11-01\nCS-U1,2023000003,2024-11-01\n', { row: 3, column: 'student_no' }],
    ['an officer who does not live in the dorm', 'DORM_OFFICERS', '宿舍代码,学号,任职日期\nD102,2023000003,2024-11-01\nD102,2023000001,2024-11-01\n', { row: 3, column: '学号' }],
  ])('a file with %s is refused whole, naming row and column', async (_what, kind, csv, where) => {
    const before = await snapshot(s);
    const r = await importCsv(s, kind, csv);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject(where);
    expect(r.errors[0]?.message.length).toBeGreaterThan(10);
    expect([r.created, r.updated, r.unchanged]).toEqual([0, 0, 0]);
    expect(await snapshot(s)).toEqual(before);
  });

  it('a missing column is reported on row 1 with its name', async () => {
    const r = await importCsv(s, 'CLASSES', 'code,name,college_code,grade\nCS-U9,新班,CS,2024\n');
    expect(r.errors).toEqual([{ row: 1, column: 'level', message: expect.stringContaining('level') }]);
  });

  it('a dry run reports the counts it would produce and writes nothing', async () => {
    const before = await snapshot(s);
    const r = await importCsv(
      s,
      'STUDENTS',
      '\uFEFF学号,姓名,性别,班级代码,宿舍代码,学籍状态\n2023000201,新同学,女,CS-U2,D102,在读\n2023000004,学生四,F,CS-U2,D102,ENROLLED\n2023000003,学生三改,M,CS-U1,D102,ENROLLED\n',
      true,
    );
    expect(r).toMatchObject({ created: 1, unchanged: 1, updated: 1, dryRun: true, errors: [] });
    expect(await snapshot(s)).toEqual(before);
  });

  it('a student file sent again changes exactly the rows and columns that differ; a column the file lacks keeps what is stored', async () => {
    await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status,phone,emergency_contact\n2023000005,学生五,F,CS-U2,,SUSPENDED,13800000005,父亲\n');
    const q = `mutation($csv: String!) { importRoster(kind: STUDENTS, csv: $csv, dryRun: true) {
      created updated unchanged errors { row } changed { total items { row key columns } } } }`;
    const run = async (csv: string) =>
      (await s.ok<{ importRoster: { updated: number; unchanged: number; errors: unknown[]; changed: { items: { row: number; key: string; columns: string[] }[] } } }>(q, { csv }))
        .importRoster;
    const r = await run(
      'student_no,name,gender,class_code,dorm_code,status,is_dorm_head,phone,emergency_contact\n' +
        '2023000001,学生一改,男,CS-U1,D101,在读,是,,\n' + // name
        '2023000002,学生二,F,CS-U1,D101,ENROLLED,false,,\n' + // gender
        '2023000003,学生三,M,CS-U1,D102,ENROLLED,false,,\n' + // dorm head
        '2023000004,学生四,F,CS-U1,D102,ENROLLED,false,,\n' + // class
        '2023000005,学生五,F,CS-U2,,SUSPENDED,false,13800000005,母亲\n' + // emergency contact
        '2023000006,学生六,F,FL-U1,,ENROLLED,true,,\n' + // dorm
        'S2024000001,研一,M,CS-G1,D301,GRADUATED,true,,\n' + // status
        'S2024000002,研二,F,CS-G1,,ENROLLED,false,13900000002,\n', // phone
    );
    expect(r.errors).toEqual([]);
    expect(r.unchanged).toBe(0);
    expect(r.changed.items.map((i) => [i.key, i.columns])).toEqual([
      ['2023000001', ['name']],
      ['2023000002', ['gender']],
      ['2023000003', ['is_dorm_head']],
      ['2023000004', ['class_code']],
      ['2023000005', ['emergency_contact']],
      ['2023000006', ['dorm_code']],
      ['S2024000001', ['status']],
      ['S2024000002', ['phone']],
    ]);
    // Without the contact columns, the stored phone and contact stay: the row is unchanged.
    const kept = await run('student_no,name,gender,class_code,dorm_code,status\n2023000005,学生五,F,CS-U2,,SUSPENDED\n2023000004,学生四,F,CS-U2,D102,ENROLLED\n');
    expect([kept.updated, kept.unchanged, kept.errors]).toEqual([0, 2, []]);
  });

  it('an XLSX workbook with Chinese headers imports like the CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('学院');
    ws.addRow(['学院代码', '学院名称']);
    ws.addRow(['MA', '数学学院']);
    const b64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const d = await s.ok<{ importRosterXlsx: { created: number; errors: unknown[] } }>(
      'mutation($k: RosterKind!, $x: String!) { importRosterXlsx(kind: $k, xlsxBase64: $x) { created errors { row column message } } }',
      { k: 'COLLEGES', x: b64 },
    );
    expect(d.importRosterXlsx).toEqual({ created: 1, errors: [] });
    const c = await s.ok<{ colleges: { code: string; name: string }[] }>('{ colleges { code name } }');
    expect(c.colleges).toContainEqual({ code: 'MA', name: '数学学院' });
  });

  it('when an import changes a committee member to GRADUATED, the appointment ends with that reason and date', async () => {
    const r = await importCsv(
      s,
      'STUDENTS',
      'student_no,name,gender,class_code,dorm_code,status,is_dorm_head\n2023000002,学生二,M,CS-U1,D101,GRADUATED,false\n',
    );
    expect(r).toMatchObject({ updated: 1, appointmentsEnded: 1, errors: [] });
    const rows = await s.sql<{ ended_on: string; end_reason: string }>(
      `select a.ended_on, a.end_reason from committee_appointment a join student st on st.id = a.student_id where st.student_no = ?`,
      ['2023000002'],
    );
    expect(rows).toEqual([{ ended_on: today(process.env.TZ || 'Asia/Shanghai'), end_reason: 'GRADUATED' }]);
    // The class now has room for another member.
    const again = await importCsv(s, 'COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U1,2023000003,2024-11-20\n');
    expect(again).toMatchObject({ created: 1, errors: [] });
  });

  it('a dorm move ends the officer post but not the committee post', async () => {
    const r = await importCsv(
      s,
      'STUDENTS',
      'student_no,name,gender,class_code,dorm_code,status,is_dorm_head\n2023000001,学生一,男,CS-U1,D102,在读,否\n',
    );
    expect(r).toMatchObject({ updated: 1, appointmentsEnded: 1 });
    const posts = await s.sql<{ kind: string; end_reason: string | null }>(
      `select 'committee' as kind, end_reason from committee_appointment a join student st on st.id = a.student_id where st.student_no = '2023000001'
       union all select 'officer', end_reason from dorm_officer_appointment a join student st on st.id = a.student_id where st.student_no = '2023000001'`,
    );
    expect(posts).toEqual(expect.arrayContaining([{ kind: 'committee', end_reason: null }, { kind: 'officer', end_reason: 'DORM_CHANGED' }]));
  });
});
