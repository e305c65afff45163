import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, type GqlResult, importCsv, snapshot, startServer, type TestServer } from './harness.js';

const PW = 'a-long-password-1';
const IMPORT = `mutation($kind: RosterKind!, $csv: String!, $dryRun: Boolean) {
  importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) { created updated unchanged errors { row column message } } }`;
type Imported = { importRoster: { created: number; updated: number; unchanged: number; errors: { row: number; column: string; message: string }[] } };
const APPOINT_CM = `mutation($c: String!, $n: String!) {
  appointCommitteeMember(input: { classCode: $c, studentNo: $n, attestsService: true, attestsWellbeing: true }) { id } }`;
const APPOINT_DO = `mutation($d: String!, $n: String!) { appointDormOfficer(input: { dormCode: $d, studentNo: $n }) { id } }`;
const UPSERT_WG = `mutation($c: String!, $n: String!) {
  upsertWorkingGroupMember(input: { collegeCode: $c, staffNo: $n, position: OTHER, levels: [UNDERGRADUATE] }) { staff { staffNo name collegeCode } } }`;
const STUDENTS = `query($status: StudentStatus, $dormCode: String) {
  students(first: 500, status: $status, dormCode: $dormCode) {
    totalCount edges { node { studentNo name gender status isDormHead dormCode classCode collegeCode level } } } }`;
type Node = { studentNo: string; name: string; gender: string | null; status: string | null; isDormHead: boolean | null; dormCode: string | null; classCode: string; collegeCode: string; level: string };
type Students = { students: { totalCount: number; edges: { node: Node }[] } };

/** One error's code and message, with the student or staff number taken out, to compare answers. */
const answer = (r: GqlResult, no: string) => ({ code: r.errors?.[0]?.extensions?.code, message: r.errors?.[0]?.message.replaceAll(no, '<no>') });
const nodes = (d: Students) => d.students.edges.map((e) => e.node);

async function createUser(s: TestServer, username: string, extra: Record<string, unknown>, headers?: Record<string, string>): Promise<Client> {
  await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username, password: PW, grants: [], ...extra } });
  return s.login(username, PW, headers);
}

describe.each(ENGINES)('scope hardening on %s', (engine) => {
  let s: TestServer;
  let flLeader: Client;
  let flLeaderZh: Client;
  let flWriter: Client;
  let csLeader: Client;
  let committee: Client;
  let officer: Client;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    // A suspended classmate of the committee member (CS-U1) and roommate of the dorm officer (D201),
    // and a staff member of the Center, who belongs to no college.
    await importCsv(
      s,
      'STUDENTS',
      'student_no,name,gender,class_code,dorm_code,status\n2023000007,学生七,F,CS-U1,D102,SUSPENDED\n2023000008,学生八,F,FL-U1,D201,休学\n',
    );
    await importCsv(s, 'STAFF', 'staff_no,name,college_code\nC0000001,中心老师,\n');
    flLeader = await createUser(s, 'fl-leader', { grants: [{ role: 'COLLEGE_LEADER', collegeCode: 'FL' }] });
    flLeaderZh = await s.login('fl-leader', PW, { 'accept-language': 'zh-CN' });
    csLeader = await createUser(s, 'cs-leader', { grants: [{ role: 'COLLEGE_LEADER', collegeCode: 'CS' }] });
    committee = await createUser(s, 'committee-cs-u1', { studentNo: '2023000002' });
    officer = await createUser(s, 'officer-d201', { studentNo: '2023000006' });
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const t = await s.ok<{ createApiToken: { token: string } }>(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, {
      i: { name: 'fl-roster-writer', scopes: ['ROSTER_WRITE'], collegeCode: 'FL', expiresAt },
    });
    flWriter = s.as(t.createApiToken.token);
  });
  afterAll(() => s?.close());

  // Item 2: the status of a student outside the caller's scope.
  describe("appointing someone else's student tells nothing about them", () => {
    // CS students in three states, and a number nobody has.
    const OTHERS = ['2023000004', '2023000005', 'S2024000002', '2099000001'];

    it('appointCommitteeMember and appointDormOfficer answer the same whatever the state, or existence, of the student', async () => {
      for (const [query, unit, expected] of [
        [APPOINT_CM, { c: 'FL-U1' }, 'student <no> is not a student of class FL-U1'],
        [APPOINT_DO, { d: 'D201' }, 'student <no> does not live in dorm D201'],
      ] as const) {
        for (const n of OTHERS) {
          expect(answer(await flLeader.gql(query, { ...unit, n }), n)).toEqual({ code: 'BAD_USER_INPUT', message: expected });
        }
        // The Chinese answer does not name the status either (休学 = suspended).
        const zh = await flLeaderZh.gql(query, { ...unit, n: '2023000005' });
        expect(zh.errors?.[0]?.message).toMatch(/2023000005 (不是班级 FL-U1 的学生|不住在宿舍 D201)$/);
      }
      // Inside the caller's own college the status is still explained.
      const own = await csLeader.gql(APPOINT_CM, { c: 'CS-U2', n: '2023000005' });
      expect(own.errors?.[0]?.message).toMatch(/not enrolled \(status SUSPENDED\)/);
    });

    it('COMMITTEE_MEMBERS and DORM_OFFICERS dry runs of a college-scoped ROSTER_WRITE token answer the same for every row', async () => {
      const rows = (unit: string) => OTHERS.map((n) => `${unit},${n},2024-11-01`).join('\n');
      for (const [kind, header, unit, expected] of [
        ['COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on', 'FL-U1', 'student <no> is not a student of class FL-U1'],
        ['DORM_OFFICERS', 'dorm_code,student_no,appointed_on', 'D201', 'student <no> does not live in dorm D201'],
      ] as const) {
        const d = await flWriter.ok<Imported>(IMPORT, { kind, csv: `${header}\n${rows(unit)}\n`, dryRun: true });
        expect(d.importRoster.errors.map((e, i) => ({ ...e, message: e.message.replaceAll(OTHERS[i] as string, '<no>') }))).toEqual(
          OTHERS.map((_, i) => ({ row: i + 2, column: 'student_no', message: expected })),
        );
      }
    });
  });

  // Item 7: staff of another college, and staff of no college.
  describe('staff belong to their college', () => {
    it("a leader cannot put another college's or the Center's staff in their working group, and learns no name", async () => {
      const answers = [];
      for (const n of ['T0000001', 'C0000001', 'T9999999']) {
        const r = await flLeader.gql(UPSERT_WG, { c: 'FL', n });
        expect(r.data?.upsertWorkingGroupMember ?? null).toBeNull();
        expect(JSON.stringify(r)).not.toMatch(/王书记|中心老师|"CS"/);
        answers.push(answer(r, n));
      }
      expect(answers).toEqual(Array(3).fill({ code: 'NOT_FOUND', message: 'no staff member with number "<no>" in college FL' }));
      // Their own college's staff member still works.
      expect((await flLeader.ok<{ upsertWorkingGroupMember: unknown }>(UPSERT_WG, { c: 'FL', n: 'T0000005' })).upsertWorkingGroupMember).toEqual({
        staff: { staffNo: 'T0000005', name: '钱辅导员', collegeCode: 'FL' },
      });
    });

    it('WORKING_GROUP and CLASSES imports of a leader refuse staff outside their college, naming row and column', async () => {
      const before = await snapshot(s);
      const wg = await flLeader.ok<Imported>(IMPORT, {
        kind: 'WORKING_GROUP',
        csv: 'college_code,staff_no,position,levels\nFL,T0000005,COUNSELOR,UNDERGRADUATE\nFL,T0000002,DEAN,UNDERGRADUATE\nFL,C0000001,OTHER,UNDERGRADUATE\n',
      });
      expect(wg.importRoster.errors).toEqual([
        { row: 3, column: 'staff_no', message: 'no staff member with number "T0000002" in college FL' },
        { row: 4, column: 'staff_no', message: 'no staff member with number "C0000001" in college FL' },
      ]);
      const classes = await flLeader.ok<Imported>(IMPORT, {
        kind: 'CLASSES',
        csv: 'code,name,college_code,level,grade,辅导员工号\nFL-U1,英语1班,FL,UNDERGRADUATE,2023,T0000004\nFL-U2,英语2班,FL,UNDERGRADUATE,2023,T0000005\n',
      });
      expect(classes.importRoster.errors).toEqual([{ row: 2, column: '辅导员工号', message: 'no staff member with number "T0000004" in college FL' }]);
      expect(await snapshot(s)).toEqual(before);
    });

    it("a leader's STAFF import cannot take over the Center's staff: the same answer as for another college's", async () => {
      const before = await snapshot(s);
      const d = await flLeader.ok<Imported>(IMPORT, { kind: 'STAFF', csv: 'staff_no,name,college_code\nC0000001,中心老师,FL\nT0000002,李院长,FL\n' });
      expect(d.importRoster.errors.map((e) => [e.row, e.column])).toEqual([
        [2, 'college_code'],
        [3, 'college_code'],
      ]);
      expect(d.importRoster.errors[0]?.message).toBe(d.importRoster.errors[1]?.message);
      expect(d.importRoster.errors[0]?.message).toMatch(/outside your scope/);
      expect(await snapshot(s)).toEqual(before);
      expect(await s.sql(`select college_id from staff where staff_no = 'C0000001'`)).toEqual([{ college_id: null }]);
    });

    it("the school administrator may use the Center's staff anywhere, but not another college's staff", async () => {
      const center = await s.ok<{ upsertWorkingGroupMember: unknown }>(UPSERT_WG, { c: 'FL', n: 'C0000001' });
      expect(center.upsertWorkingGroupMember).toEqual({ staff: { staffNo: 'C0000001', name: '中心老师', collegeCode: null } });
      const other = await s.gql(UPSERT_WG, { c: 'FL', n: 'T0000001' });
      expect(other.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/staff member T0000001 belongs to college CS, not FL/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const imp = await s.ok<Imported>(IMPORT, { kind: 'CLASSES', csv: 'code,name,college_code,level,grade,counselor_staff_no\nFL-U1,英语1班,FL,UNDERGRADUATE,2023,T0000004\n', dryRun: true });
      expect(imp.importRoster.errors).toEqual([
        { row: 2, column: 'counselor_staff_no', message: expect.stringMatching(/staff member T0000004 belongs to college CS, not FL/) },
      ]);
    });
  });

  // Item 8: committee members and dorm officers see names only.
  describe('committee members and dorm officers see names and numbers only', () => {
    it.each([
      ['a committee member', () => committee, ['2023000001', '2023000002', '2023000003', '2023000007']],
      ['a dorm officer', () => officer, ['2023000006', '2023000008']],
    ])('%s gets the same names whatever the status or dorm filter, and no status, gender or dorm', async (_who, client, expected) => {
      const all = await client().ok<Students>(STUDENTS);
      expect(nodes(all).map((n) => n.studentNo)).toEqual(expected);
      expect(nodes(all).every((n) => n.name.length > 0)).toBe(true);
      for (const filter of [{ status: 'SUSPENDED' }, { status: 'ENROLLED' }, { dormCode: 'D102' }, { dormCode: 'D201' }]) {
        expect(await client().ok<Students>(STUDENTS, filter)).toEqual(all);
      }
      // Status, gender, dorm and dorm head are withheld on every row.
      const withheld = nodes(all).map(({ status, gender, isDormHead, dormCode }) => ({ status, gender, isDormHead, dormCode }));
      for (const w of withheld) expect(w).toEqual({ status: null, gender: null, isDormHead: null, dormCode: null });
      // A college leader still sees status and dorm, and filters by them.
      const leader = await csLeader.ok<Students>(STUDENTS, { status: 'SUSPENDED' });
      expect(nodes(leader).map((n) => [n.studentNo, n.status, n.dormCode])).toEqual([
        ['2023000005', 'SUSPENDED', null],
        ['2023000007', 'SUSPENDED', 'D102'],
      ]);
    });
  });
});
