import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, snapshot, startServer, type TestServer } from './harness.js';

// "Appoint all suggestions" (任命全部建议人选): the roster's suggested officers of a college at a
// level, previewed (dry run) and then appointed all-or-nothing, with the one-by-one rules and audit.

const PW = 'a-long-password-1';
const BULK = `mutation($i: AppointSuggestedOfficersInput!) {
  appointSuggestedOfficers(input: $i) { collegeCode level dryRun appointed rows { dormCode building room studentNo studentName problem } } }`;
const DORMS = `query($c: String!, $l: NetworkLevel!) { roster(collegeCode: $c, level: $l) {
  dormitories { dormitory { code } officer { startedOn student { studentNo } } suggestedOfficer { studentNo name } } } }`;

interface Row {
  dormCode: string;
  building: string;
  room: string;
  studentNo: string;
  studentName: string;
  problem: string | null;
}
interface Result {
  collegeCode: string;
  level: string;
  dryRun: boolean;
  appointed: number;
  rows: Row[];
}
interface DormEntry {
  dormitory: { code: string };
  officer: { startedOn: string; student: { studentNo: string } } | null;
  suggestedOfficer: { studentNo: string; name: string } | null;
}

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const expected = (rows: Row[]) => rows.map((r) => ({ dormCode: r.dormCode, studentNo: r.studentNo }));

// Four CS undergraduate dorms without an officer: D102's and D103's heads, D104's head (beside a
// resident), and D105 without a head (the first enrolled resident is suggested).
const MORE: [string, string][] = [
  ['DORMITORIES', 'code,building,room,college_code,level\nD103,1号楼,103,CS,UNDERGRADUATE\nD104,1号楼,104,CS,UNDERGRADUATE\nD105,1号楼,105,CS,UNDERGRADUATE\n'],
  [
    'STUDENTS',
    'student_no,name,gender,class_code,dorm_code,status,is_dorm_head\n' +
      '2023000011,十一,男,CS-U2,D103,在读,是\n' +
      '2023000012,十二,男,CS-U2,D103,在读,否\n' +
      '2023000013,十三,女,CS-U1,D104,在读,是\n' +
      '2023000014,十四,女,CS-U2,D104,在读,否\n' +
      '2023000015,十五,男,CS-U1,D105,在读,否\n',
  ],
];
const SUGGESTED = [
  ['D102', '2023000003', '学生三'],
  ['D103', '2023000011', '十一'],
  ['D104', '2023000013', '十三'],
  ['D105', '2023000015', '十五'],
];

describe.each(ENGINES)('appointing every suggested dorm officer on %s', (engine) => {
  let s: TestServer;
  let csLeader: Client;
  let flLeader: Client;
  let counselor: Client;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of [...UNIVERSITY, ...MORE]) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    for (const [username, grants, staffNo] of [
      ['cs-leader', [{ role: 'COLLEGE_LEADER', collegeCode: 'CS' }], null],
      ['fl-leader', [{ role: 'COLLEGE_LEADER', collegeCode: 'FL' }], null],
      ['cs-counselor', [], 'T0000004'],
    ] as const) {
      await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username, password: PW, grants, staffNo } });
    }
    csLeader = await s.login('cs-leader', PW);
    flLeader = await s.login('fl-leader', PW);
    counselor = await s.login('cs-counselor', PW);
  });
  afterAll(() => s?.close());

  const preview = async (c: Client = s, collegeCode = 'CS', level = 'UNDERGRADUATE') =>
    (await c.ok<{ appointSuggestedOfficers: Result }>(BULK, { i: { collegeCode, level, dryRun: true } })).appointSuggestedOfficers;

  it('the preview lists each dorm without an officer with its suggested student, and writes nothing', async () => {
    const before = await snapshot(s);
    const p = await preview();
    expect(p).toMatchObject({ collegeCode: 'CS', level: 'UNDERGRADUATE', dryRun: true, appointed: 0 });
    expect(p.rows.map((r) => [r.dormCode, r.studentNo, r.studentName])).toEqual(SUGGESTED);
    expect(p.rows.every((r) => r.problem === null)).toBe(true);
    expect(p.rows[0]).toMatchObject({ building: '1号楼', room: '102' });
    // The same as the roster's suggestions, dorm for dorm.
    const roster = await s.ok<{ roster: { dormitories: DormEntry[] } }>(DORMS, { c: 'CS', l: 'UNDERGRADUATE' });
    expect(roster.roster.dormitories.filter((d) => !d.officer && d.suggestedOfficer).map((d) => [d.dormitory.code, d.suggestedOfficer!.studentNo])).toEqual(
      SUGGESTED.map(([d, n]) => [d, n]),
    );
    expect(await snapshot(s)).toEqual(before);
    // The graduate network of the same college is its own list.
    expect((await preview(s, 'CS', 'GRADUATE')).rows.map((r) => [r.dormCode, r.studentNo])).toEqual([['D301', 'S2024000001']]);
  });

  it('refuses a commit without the previewed rows, or when the suggestions changed since the preview', async () => {
    const before = await snapshot(s);
    const rows = (await preview()).rows;
    const missing = await s.gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE' } });
    expect(code(missing)).toBe('BAD_USER_INPUT');
    // One dorm's suggestion differs from what was previewed, one previewed dorm is gone, one is new.
    const stale = [{ dormCode: 'D102', studentNo: '2023000004' }, ...expected(rows).slice(1, 3), { dormCode: 'D999', studentNo: '2023000099' }];
    const r = await s.gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', expected: stale } });
    expect(code(r)).toBe('CONFLICT');
    const m = r.errors![0]!.message;
    expect(m).toContain('the suggestions changed since the preview');
    expect(m).toContain('D102 now suggests 2023000003, not 2023000004');
    expect(m).toContain('D105 is new');
    expect(m).toContain('D999 (2023000099) is no longer suggested');
    // An empty list is a stale preview too: there is something to appoint now.
    expect(code(await s.gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', expected: [] } }))).toBe('CONFLICT');
    expect(await snapshot(s)).toEqual(before);
  });

  it('is all-or-nothing: one row that breaks a rule refuses the whole, naming the dorm and the student', async () => {
    // A stale record (as if written before the automatic ends existed): D104's officer 2023000014 is
    // suspended but the post never ended. The roster shows D104 without an officer and suggests its
    // head, but the one-officer rule (SPEC §3) counts every post that has not ended.
    const [stu] = await s.sql<{ id: number }>(`select id from student where student_no = '2023000014'`);
    const [dorm] = await s.sql<{ id: number }>(`select id from dormitory where code = 'D104'`);
    await s.sql(
      `insert into dorm_officer_appointment (created_at, updated_at, dormitory_id, student_id, started_on) values (?, ?, ?, ?, '2024-10-01')`,
      [new Date(), new Date(), dorm!.id, stu!.id],
    );
    await s.sql(`update student set status = 'SUSPENDED' where id = ?`, [stu!.id]);
    try {
      const p = await preview();
      expect(p.rows.map((r) => r.dormCode)).toEqual(['D102', 'D103', 'D104', 'D105']);
      const bad = p.rows.find((r) => r.dormCode === 'D104')!;
      expect(bad.problem).toContain('dorm D104 already has an information officer (2023000014)');
      expect(p.rows.filter((r) => r.problem !== null)).toHaveLength(1);

      const before = await snapshot(s);
      const r = await s.gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', expected: expected(p.rows) } });
      expect(code(r)).toBe('CONFLICT');
      expect(r.errors![0]!.message).toContain('D104 · 十三 (2023000013): dorm D104 already has an information officer');
      expect(r.errors![0]!.message).toContain('nothing was appointed');
      expect(r.errors![0]!.extensions).toMatchObject({ dormCode: 'D104', studentNo: '2023000013' });
      // D102 and D103 came before D104 in the same transaction: they are not appointed either.
      expect(await snapshot(s)).toEqual(before);
      expect(await s.sql(`select id from audit_event where action like 'appointment.officer.%'`)).toHaveLength(0);

      // In Chinese too, as the dashboard shows it.
      const zhAdmin = await s.login('admin', 'admin-password-1', { 'accept-language': 'zh-CN' });
      const zr = await zhAdmin.gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', expected: expected(p.rows) } });
      expect(zr.errors![0]!.message).toContain('D104 · 十三 (2023000013)：宿舍 D104 已有宿舍心理信息员');
    } finally {
      // The import's automatic end, done by hand: the record is history again.
      await s.sql(`update dorm_officer_appointment set ended_on = '2024-11-01', end_reason = 'SUSPENDED' where student_id = ? and ended_on is null`, [stu!.id]);
    }
  });

  it('is refused outside the caller’s write scope: another college’s leader, a counselor, a token of another college', async () => {
    const before = await snapshot(s);
    expect(code(await flLeader.gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', dryRun: true } }))).toBe('FORBIDDEN');
    const rows = (await preview()).rows;
    expect(code(await flLeader.gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', expected: expected(rows) } }))).toBe('FORBIDDEN');
    // A counselor appoints committee members of their classes, never dorm officers.
    expect(code(await counselor.gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', dryRun: true } }))).toBe('FORBIDDEN');
    const t = await s.ok<{ createApiToken: { token: string } }>(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, {
      i: { name: 'fl-writer', scopes: ['ROSTER_WRITE'], collegeCode: 'FL' },
    });
    expect(code(await s.as(t.createApiToken.token).gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', expected: expected(rows) } }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await s.gql(BULK, { i: { collegeCode: 'XX', level: 'UNDERGRADUATE', dryRun: true } }))).toBe('NOT_FOUND');
    expect(await snapshot(s)).toEqual(before);
  });

  it('commits exactly the preview: every suggested student appointed today, audited per appointment and as one bulk action', async () => {
    const p = await preview(csLeader);
    expect(p.rows.map((r) => [r.dormCode, r.studentNo, r.studentName])).toEqual(SUGGESTED);
    const done = (await csLeader.ok<{ appointSuggestedOfficers: Result }>(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', expected: expected(p.rows) } }))
      .appointSuggestedOfficers;
    expect(done).toMatchObject({ dryRun: false, appointed: 4 });
    expect(done.rows).toEqual(p.rows);

    const roster = await s.ok<{ roster: { dormitories: DormEntry[] } }>(DORMS, { c: 'CS', l: 'UNDERGRADUATE' });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    for (const [dormCode, studentNo] of SUGGESTED) {
      const d = roster.roster.dormitories.find((x) => x.dormitory.code === dormCode)!;
      expect(d.officer).toEqual({ startedOn: today, student: { studentNo } });
    }

    const log = await s.ok<{ auditEvents: { items: { actorName: string; action: string; recordId: string; studentNo: string | null; detail: string | null }[] } }>(
      `{ auditEvents(filter: { actor: "cs-leader", action: "appointment.officer" }) { items { actorName action recordId studentNo detail } } }`,
    );
    const creates = log.auditEvents.items.filter((e) => e.action === 'appointment.officer.create');
    expect(creates.map((e) => [e.recordId, e.studentNo]).sort()).toEqual(SUGGESTED.map(([d, n]) => [d, n]));
    const bulk = log.auditEvents.items.filter((e) => e.action === 'appointment.officer.bulk');
    expect(bulk).toHaveLength(1);
    expect(bulk[0]!.recordId).toBe('CS');
    expect(JSON.parse(bulk[0]!.detail!)).toEqual({ level: 'UNDERGRADUATE', appointed: SUGGESTED.map(([dormCode, studentNo]) => ({ dormCode, studentNo })) });

    // Nothing is left to suggest; the same commit again is a stale preview.
    expect((await preview()).rows).toEqual([]);
    expect(code(await s.gql(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', expected: expected(p.rows) } }))).toBe('CONFLICT');
    // An empty preview commits nothing, without error.
    expect((await s.ok<{ appointSuggestedOfficers: Result }>(BULK, { i: { collegeCode: 'CS', level: 'UNDERGRADUATE', expected: [] } })).appointSuggestedOfficers)
      .toMatchObject({ appointed: 0, rows: [] });
  });
});
