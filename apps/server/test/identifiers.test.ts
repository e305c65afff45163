import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ADMIN, ENGINES, importCsv, snapshot, startServer, type TestServer } from './harness.js';

// A 学工 export as universities really issue numbers: 8 to 14 digits, letter prefixes of graduate
// students (SY, MP), staff numbers of every shape, and one of the longest allowed (32 characters).
const LONGEST = 'ZX2024000000000000000000000001AB';
const STUDENT_NOS = ['21061010', '2023000101', '202101100001', '20210110000123', 'SY2106101', 'MP1933001'];

const FILES: [string, string][] = [
  ['COLLEGES', 'code,name\nCS,计算机学院\nFL,外国语学院\n'],
  [
    'STAFF',
    'staff_no,name,college_code\nT0000001,王书记,CS\n19930012,李院长,CS\nJS2019001,张副书记,CS\na7,赵辅导员,CS\n100861008610086,钱辅导员,CS\n' +
      `${LONGEST},孙老师,FL\n`,
  ],
  [
    'CLASSES',
    'code,name,college_code,level,grade,counselor_staff_no\n' +
      'CS-U1,计科1班,CS,UNDERGRADUATE,2021,a7\nCS-U2,计科2班,CS,UNDERGRADUATE,2021,100861008610086\n' +
      'CS-G1,计科硕士1班,CS,GRADUATE,2021,JS2019001\nCS-G2,计科硕士2班,CS,GRADUATE,2019,JS2019001\n',
  ],
  [
    'DORMITORIES',
    'code,building,room,college_code,level\nD101,1号楼,101,CS,UNDERGRADUATE\nD102,1号楼,102,CS,UNDERGRADUATE\n' +
      'D103,1号楼,103,CS,UNDERGRADUATE\nD104,1号楼,104,CS,UNDERGRADUATE\nD301,3号楼,301,CS,GRADUATE\nD302,3号楼,302,CS,GRADUATE\n',
  ],
  [
    'STUDENTS',
    'student_no,name,gender,class_code,dorm_code,status\n' +
      '21061010,学生八,M,CS-U1,D101,在读\n2023000101,学生十,F,CS-U1,D102,在读\n202101100001,学生十二,M,CS-U2,D103,在读\n' +
      '20210110000123,学生十四,F,CS-U2,D104,在读\nSY2106101,研一,M,CS-G1,D301,在读\nMP1933001,研二,F,CS-G2,D302,在读\n',
  ],
  [
    'WORKING_GROUP',
    'college_code,staff_no,position,levels\nCS,T0000001,PARTY_SECRETARY,本科生;研究生\nCS,19930012,DEAN,本科生;研究生\n' +
      'CS,JS2019001,DEPUTY_PARTY_SECRETARY,本科生;研究生\nCS,a7,COUNSELOR,UNDERGRADUATE\nCS,100861008610086,COUNSELOR,本科生;研究生\n' +
      `FL,${LONGEST},COUNSELOR,UNDERGRADUATE\n`,
  ],
  [
    'COMMITTEE_MEMBERS',
    '班级代码,学号,任职日期\nCS-U1,21061010,2024-10-28\nCS-U1,2023000101,2024-10-28\nCS-U2,202101100001,2024-10-28\n' +
      'CS-U2,20210110000123,2024-10-28\nCS-G1,SY2106101,2024-10-28\nCS-G2,MP1933001,2024-10-28\n',
  ],
  [
    'DORM_OFFICERS',
    'dorm_code,student_no,appointed_on\nD101,21061010,2024-10-28\nD102,2023000101,2024-10-28\nD103,202101100001,2024-10-28\n' +
      'D104,20210110000123,2024-10-28\nD301,SY2106101,2024-10-28\nD302,MP1933001,2024-10-28\n',
  ],
];

const ROSTER = `query($l: NetworkLevel!) { roster(collegeCode: "CS", level: $l) {
  missingPositions
  classes { classGroup { code counselor { staffNo } } committeeMembers { student { studentNo } } }
  dormitories { dormitory { code } officer { student { studentNo } } } } }`;
type Roster = {
  roster: {
    missingPositions: string[];
    classes: { classGroup: { code: string; counselor: { staffNo: string } | null }; committeeMembers: { student: { studentNo: string } }[] }[];
    dormitories: { dormitory: { code: string }; officer: { student: { studentNo: string } } | null }[];
  };
};
const SEARCH = `query($q: String) { students(search: $q) { totalCount edges { node { studentNo name } } } }`;
const APPOINT_CM = `mutation($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { student { studentNo } } }`;

describe.each(ENGINES)('student and staff numbers as universities issue them, on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(() => s?.close());

  it('a file with 8- to 14-digit and prefixed numbers imports whole, in every kind that carries numbers', async () => {
    for (const [kind, csv] of FILES) {
      const r = await importCsv(s, kind, csv);
      expect({ kind, errors: r.errors, created: r.created }).toEqual({ kind, errors: [], created: csv.trim().split('\n').length - 1 });
    }
    const ug = await s.ok<Roster>(ROSTER, { l: 'UNDERGRADUATE' });
    const members = (d: Roster) => d.roster.classes.map((c) => [c.classGroup.code, c.classGroup.counselor?.staffNo, c.committeeMembers.map((m) => m.student.studentNo)]);
    const officers = (d: Roster) => d.roster.dormitories.map((x) => [x.dormitory.code, x.officer?.student.studentNo]);
    expect(members(ug)).toEqual([
      ['CS-U1', 'a7', ['21061010', '2023000101']],
      ['CS-U2', '100861008610086', ['202101100001', '20210110000123']],
    ]);
    expect(officers(ug)).toEqual([
      ['D101', '21061010'],
      ['D102', '2023000101'],
      ['D103', '202101100001'],
      ['D104', '20210110000123'],
    ]);
    const g = await s.ok<Roster>(ROSTER, { l: 'GRADUATE' });
    expect(members(g)).toEqual([
      ['CS-G1', 'JS2019001', ['SY2106101']],
      ['CS-G2', 'JS2019001', ['MP1933001']],
    ]);
    expect(officers(g)).toEqual([
      ['D301', 'SY2106101'],
      ['D302', 'MP1933001'],
    ]);
    // The working group is complete at both levels with staff numbers of four different shapes.
    expect([ug.roster.missingPositions, g.roster.missingPositions]).toEqual([[], []]);
  });

  it('numbers are compared exactly after trimming: spaces around them change nothing, another case is another number', async () => {
    const before = await snapshot(s);
    const padded = `student_no,name,gender,class_code,dorm_code,status\n${[
      ' 21061010,学生八,M,CS-U1,D101,在读',
      '2023000101 ,学生十,F,CS-U1,D102,在读',
      '  202101100001  ,学生十二,M,CS-U2,D103,在读',
      '\t20210110000123,学生十四,F,CS-U2,D104,在读',
      ' SY2106101 ,研一,M,CS-G1,D301,在读',
      'MP1933001\t,研二,F,CS-G2,D302,在读',
    ].join('\n')}\n`;
    expect(await importCsv(s, 'STUDENTS', padded)).toMatchObject({ created: 0, updated: 0, unchanged: 6, errors: [] });
    const lower = await importCsv(s, 'DORM_OFFICERS', 'dorm_code,student_no,appointed_on\nD301,sy2106101,2024-10-28\n', true);
    expect(lower.errors).toEqual([{ row: 2, column: 'student_no', message: 'unknown student number "sy2106101"' }]);
    expect(await snapshot(s)).toEqual(before);
  });

  it('searching for a student by any of these numbers finds exactly that student', async () => {
    for (const no of STUDENT_NOS) {
      const d = await s.ok<{ students: { totalCount: number; edges: { node: { studentNo: string } }[] } }>(SEARCH, { q: ` ${no} ` });
      expect(d.students.edges.map((e) => e.node.studentNo)).toEqual([no]);
    }
  });

  it('a number with a space inside, a ";" or too many characters is refused with row and column, and nothing is written', async () => {
    const before = await snapshot(s);
    const students = await importCsv(
      s,
      'STUDENTS',
      'student_no,name,gender,class_code,dorm_code,status\n' +
        '202101100002,新生一,M,CS-U1,,在读\n' +
        '2021 01100003,新生二,F,CS-U1,,在读\n' +
        '202101100004;,新生三,F,CS-U1,,在读\n' +
        `${'1'.repeat(33)},新生四,M,CS-U1,,在读\n`,
    );
    expect(students).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(students.errors).toEqual([
      { row: 3, column: 'student_no', message: '"2021 01100003" is not a valid student number: it contains a space; only letters and digits are allowed' },
      { row: 4, column: 'student_no', message: '"202101100004;" is not a valid student number: it contains ";"; only letters and digits are allowed' },
      { row: 5, column: 'student_no', message: expect.stringMatching(/it has 33 characters, at most 32 are allowed/) },
    ]);
    // Two numbers pasted into one cell, in a Chinese file, answered in Chinese.
    const zh = await s.login(ADMIN.username, ADMIN.password, { 'accept-language': 'zh-CN' });
    const members = await zh.ok<{ importRoster: { errors: { row: number; column: string; message: string }[] } }>(
      `mutation($csv: String!) { importRoster(kind: COMMITTEE_MEMBERS, csv: $csv) { errors { row column message } } }`,
      { csv: '班级代码,学号,任职日期\nCS-G1,SY2106101,2024-10-28\nCS-G2,MP1933001;SY2106101,2024-10-28\n' },
    );
    expect(members.importRoster.errors).toEqual([
      { row: 3, column: '学号', message: '“MP1933001;SY2106101”不是有效的学号：其中含有“;”，只能包含字母和数字' },
    ]);
    const staff = await importCsv(s, 'STAFF', 'staff_no,name,college_code\nT 0000009,新老师,CS\nT-0000010,新老师二,CS\n');
    expect(staff.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'staff_no', '"T 0000009" is not a valid staff number: it contains a space; only letters and digits are allowed'],
      [3, 'staff_no', '"T-0000010" is not a valid staff number: it contains "-"; only letters and digits are allowed'],
    ]);
    expect(await snapshot(s)).toEqual(before);
  });
});

describe.each(ENGINES)('a stricter number format set in the configuration, on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { STUDENT_NO_PATTERN: '^\\d{12}$', STAFF_NO_PATTERN: 'T\\d{7}' });
    for (const [kind, csv] of FILES.slice(0, 1)) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
  });
  afterAll(() => s?.close());

  it('imports and appointments apply it on top of the default check, naming row, column and format', async () => {
    const staff = await importCsv(s, 'STAFF', 'staff_no,name,college_code\nT0000001,王书记,CS\n19930012,李院长,CS\n');
    expect(staff.errors).toEqual([{ row: 3, column: 'staff_no', message: `"19930012" is not a valid staff number: it does not match this university's format (T\\d{7})` }]);
    expect((await importCsv(s, 'STAFF', 'staff_no,name,college_code\nT0000001,王书记,CS\n')).errors).toEqual([]);
    await importCsv(s, 'CLASSES', 'code,name,college_code,level,grade,counselor_staff_no\nCS-U1,计科1班,CS,UNDERGRADUATE,2021,T0000001\n');
    const students = await importCsv(
      s,
      'STUDENTS',
      'student_no,name,gender,class_code,dorm_code,status\n202101100001,学生十二,M,CS-U1,,在读\nSY2106101,研一,M,CS-U1,,在读\n2021 01100002,学生,F,CS-U1,,在读\n',
    );
    expect(students.errors).toEqual([
      { row: 3, column: 'student_no', message: `"SY2106101" is not a valid student number: it does not match this university's format (^\\d{12}$)` },
      // The default check still comes first.
      { row: 4, column: 'student_no', message: expect.stringMatching(/contains a space/) },
    ]);
    expect(await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n202101100001,学生十二,M,CS-U1,,在读\n')).toMatchObject({
      created: 1,
      errors: [],
    });
    const bad = await s.gql(APPOINT_CM, { i: { classCode: 'CS-U1', studentNo: '2021011000', attestsService: true, attestsWellbeing: true } });
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/"2021011000" is not a valid student number: it does not match this university's format/),
      extensions: { code: 'BAD_USER_INPUT', field: 'studentNo' },
    });
    const good = await s.ok<{ appointCommitteeMember: { student: { studentNo: string } } }>(APPOINT_CM, {
      i: { classCode: 'CS-U1', studentNo: '202101100001', attestsService: true, attestsWellbeing: true },
    });
    expect(good.appointCommitteeMember.student.studentNo).toBe('202101100001');
  });
});

describe('number formats in the configuration', () => {
  it('a pattern that is not a regular expression stops start-up, naming the variable', () => {
    expect(() => loadConfig({ STUDENT_NO_PATTERN: '^(\\d{12}$' })).toThrow(/STUDENT_NO_PATTERN must be a regular expression.*"\^\(\\d\{12\}\$"/);
    expect(() => loadConfig({ STAFF_NO_PATTERN: '[T' })).toThrow(/STAFF_NO_PATTERN must be a regular expression/);
  });

  it('a pattern must match the whole number, and none is the default', () => {
    const c = loadConfig({ STUDENT_NO_PATTERN: '\\d{12}' });
    expect(c.studentNoPattern?.test('202101100001')).toBe(true);
    expect(c.studentNoPattern?.test('20210110000123')).toBe(false);
    expect(loadConfig({}).studentNoPattern).toBeNull();
    expect(loadConfig({}).staffNoPattern).toBeNull();
  });
});
