import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const SEM = '2026-2027-1';
const FIELDS = 'id collegeCode kind level state version revision dueOn daysLeft late paperReceivedOn returnReason digest';
const SUBMIT = `mutation($input: SubmitInput!) { submit(input: $input) { ${FIELDS} } }`;
const LIST = `query($college: String) { submissions(semester: "${SEM}", collegeCode: $college) { ${FIELDS} changedSinceSubmission history { fromState toState version actor note } } }`;
type Row = Record<string, any>;

async function sheetRows(base64: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as never);
  return wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
}

describe.each(ENGINES)('submissions on %s', (engine) => {
  let s: TestServer;
  let clock = new Date('2026-10-20T02:00:00Z');
  let leaderCS: Client & { token: string };
  let leaderFL: Client & { token: string };
  let center: Client & { token: string };
  const list = async (c: Client = s, college?: string) => (await c.ok<{ submissions: Row[] }>(LIST, { college })).submissions;
  const find = async (id: string) => (await list()).find((x) => x.id === id)!;

  beforeAll(async () => {
    s = await startServer(engine, { SESSION_IDLE_MINUTES: '100000', SESSION_MAX_HOURS: '100000' }, { now: () => clock });
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
    for (const [u, g] of [['leader-cs', '{ role: COLLEGE_LEADER, collegeCode: "CS" }'], ['leader-fl', '{ role: COLLEGE_LEADER, collegeCode: "FL" }'], ['center1', '{ role: CENTER_STAFF }']]) {
      await s.ok(`mutation { createUser(input: { username: "${u}", password: "submit-pass-1", grants: [${g}] }) { id } }`);
    }
    [leaderCS, leaderFL, center] = [await s.login('leader-cs', 'submit-pass-1'), await s.login('leader-fl', 'submit-pass-1'), await s.login('center1', 'submit-pass-1')];
  });
  afterAll(() => s?.close());

  it('owes a roster per college and level with a network, and a plan per college; due 1 November by default', async () => {
    const rows = await list();
    expect(rows.map((r) => [r.collegeCode, r.kind, r.level, r.state, r.version, r.dueOn])).toEqual([
      ['CS', 'NETWORK_ROSTER', 'GRADUATE', 'NOT_STARTED', 0, '2026-11-01'],
      ['CS', 'NETWORK_ROSTER', 'UNDERGRADUATE', 'NOT_STARTED', 0, '2026-11-01'],
      ['CS', 'TRAINING_PLAN', null, 'NOT_STARTED', 0, '2026-11-01'],
      ['FL', 'NETWORK_ROSTER', 'UNDERGRADUATE', 'NOT_STARTED', 0, '2026-11-01'],
      ['FL', 'TRAINING_PLAN', null, 'NOT_STARTED', 0, '2026-11-01'],
    ]);
    expect((await list(leaderFL)).map((r) => r.collegeCode)).toEqual(['FL', 'FL']);
  });

  it('refuses only an incomplete working group and a plan under 2 sessions; a leader submits only for their college', async () => {
    const grad = await leaderCS.gql(SUBMIT, { input: { collegeCode: 'CS', semester: SEM, kind: 'NETWORK_ROSTER', level: 'GRADUATE' } });
    expect(grad.errors?.[0]).toMatchObject({ message: 'the working group is incomplete at this level: COUNSELOR missing', extensions: { code: 'BAD_USER_INPUT' } });
    const plan = await leaderCS.gql(SUBMIT, { input: { collegeCode: 'CS', semester: SEM, kind: 'TRAINING_PLAN' } });
    expect(plan.errors?.[0]?.message).toBe('the training plan has 0 self-designed sessions; at least 2 are needed');
    const other = await leaderFL.gql(SUBMIT, { input: { collegeCode: 'CS', semester: SEM, kind: 'NETWORK_ROSTER', level: 'UNDERGRADUATE' } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const check = await leaderCS.ok<{ submissionCheck: Row }>(`query($input: SubmitInput!) { submissionCheck(input: $input) { blocking warnings } }`, {
      input: { collegeCode: 'CS', semester: SEM, kind: 'NETWORK_ROSTER', level: 'UNDERGRADUATE' },
    });
    // CS-U2 has no committee member and D102 no officer: warnings, not refusals.
    expect(check.submissionCheck).toEqual({ blocking: [], warnings: ['1 classes have no committee member', '1 dorms have no officer'] });
  });

  it('freezes a snapshot that never changes; flags changes since; the Center records paper, returns, and a resubmission keeps both versions', async () => {
    const first = (await leaderCS.ok<{ submit: Row }>(SUBMIT, { input: { collegeCode: 'CS', semester: SEM, kind: 'NETWORK_ROSTER', level: 'UNDERGRADUATE' } })).submit;
    expect(first).toMatchObject({ state: 'SUBMITTED', version: 1, late: false });
    const id = first.id as string;
    // The roster changes after submission: the digest stays, the flag says so.
    await importCsv(s, 'COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U2,2023000004,2026-10-21\n');
    const after = await find(id);
    expect(after.digest).toBe(first.digest);
    expect(after.changedSinceSubmission).toBe(true);
    const v1 = await leaderCS.ok<{ submissionDocument: { filename: string; base64: string } }>(`query($id: ID!) { submissionDocument(id: $id) { filename base64 } }`, { id });
    expect(v1.submissionDocument.filename).toBe('附件1_计算机学院_本科生_1.xlsx');
    let rows = await sheetRows(v1.submissionDocument.base64);
    expect(rows[1]![0]).toBe('计算机学院学生心理健康工作网络名单（本科生）');
    expect(rows).toContainEqual(['1', '党组织书记', '王书记', 'T0000001']);
    expect(rows).toContainEqual(['1', 'CS-U1', '计科1班', '学生一', '2023000001', '2024-10-28']);
    expect(rows).toContainEqual(['2', 'CS-U2', '计科2班', '（空缺）', '', '']);
    expect(rows).toContainEqual(['2', 'D102', '1号楼', '102', '（空缺）', '']);
    expect(rows.at(-1)!.join('')).toContain('学院（盖章）');

    const accept = await center.gql(`mutation($id: ID!) { acceptSubmission(id: $id) { state } }`, { id });
    expect(accept.errors?.[0]?.message).toBe('cannot accept a submission that is SUBMITTED');
    const byLeader = await leaderCS.gql(`mutation($id: ID!) { recordPaperReceipt(id: $id, receivedOn: "2026-10-20") { state } }`, { id });
    expect(byLeader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stale = await center.gql(`mutation($id: ID!) { recordPaperReceipt(id: $id, receivedOn: "2026-10-20", revision: 99) { state } }`, { id });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await center.ok(`mutation($id: ID!) { recordPaperReceipt(id: $id, receivedOn: "2026-10-20") { state } }`, { id });
    const returned = (await center.ok<{ returnSubmission: Row }>(`mutation($id: ID!) { returnSubmission(id: $id, reason: "CS-U2 缺心理委员") { state returnReason } }`, { id })).returnSubmission;
    expect(returned).toEqual({ state: 'RETURNED', returnReason: 'CS-U2 缺心理委员' });
    const second = (await leaderCS.ok<{ submit: Row }>(SUBMIT, { input: { collegeCode: 'CS', semester: SEM, kind: 'NETWORK_ROSTER', level: 'UNDERGRADUATE' } })).submit;
    expect(second).toMatchObject({ state: 'SUBMITTED', version: 2, late: false, returnReason: null });
    expect(second.digest).not.toBe(first.digest);
    const v2 = await leaderCS.ok<{ submissionDocument: { base64: string } }>(`query($id: ID!) { submissionDocument(id: $id, version: 2) { base64 } }`, { id });
    expect(await sheetRows(v2.submissionDocument.base64)).toContainEqual(['2', 'CS-U2', '计科2班', '学生四', '2023000004', '2026-10-21']);
    // Version 1 is still there, as it was.
    rows = await sheetRows((await leaderCS.ok<{ submissionDocument: { base64: string } }>(`query($id: ID!) { submissionDocument(id: $id, version: 1) { base64 } }`, { id })).submissionDocument.base64);
    expect(rows).toContainEqual(['2', 'CS-U2', '计科2班', '（空缺）', '', '']);
    await center.ok(`mutation($id: ID!) { recordPaperReceipt(id: $id, receivedOn: "2026-10-20") { state } }`, { id });
    const accepted = (await center.ok<{ acceptSubmission: Row }>(`mutation($id: ID!) { acceptSubmission(id: $id) { state } }`, { id })).acceptSubmission;
    expect(accepted.state).toBe('ACCEPTED');
    const history = (await find(id)).history as Row[];
    expect(history.map((h) => [h.fromState, h.toState, h.version])).toEqual([
      ['NOT_STARTED', 'SUBMITTED', 1],
      ['SUBMITTED', 'PAPER_RECEIVED', 1],
      ['PAPER_RECEIVED', 'RETURNED', 1],
      ['RETURNED', 'SUBMITTED', 2],
      ['SUBMITTED', 'PAPER_RECEIVED', 2],
      ['PAPER_RECEIVED', 'ACCEPTED', 2],
    ]);
    expect(history.map((h) => h.actor)).toEqual(['leader-cs', 'center1', 'center1', 'leader-cs', 'center1', 'center1']);
    const audit = await s.sql<{ action: string }>(`select action from audit_event where action like 'submission.%' order by id`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['submission.submit', 'submission.paper', 'submission.return', 'submission.accept', 'submission.export']));
  });

  it('a submission after the due date is late; the plan is 附件3 of the snapshot', async () => {
    for (const code of ['P1', 'P2']) {
      await leaderCS.ok(`mutation { createTrainingSession(input: { collegeCode: "CS", semester: "${SEM}", code: "${code}", title: "朋辈辅导 ${code}", levels: [UNDERGRADUATE], held: false, plannedOn: "2026-11-20" }) { id } }`);
    }
    clock = new Date('2026-11-05T02:00:00Z');
    const plan = (await leaderCS.ok<{ submit: Row }>(SUBMIT, { input: { collegeCode: 'CS', semester: SEM, kind: 'TRAINING_PLAN' } })).submit;
    expect(plan).toMatchObject({ state: 'SUBMITTED', late: true, level: null });
    const doc = await leaderCS.ok<{ submissionDocument: { filename: string; base64: string } }>(`query($id: ID!) { submissionDocument(id: $id) { filename base64 } }`, { id: plan.id });
    const rows = await sheetRows(doc.submissionDocument.base64);
    expect(rows[1]![0]).toBe('计算机学院2026–2027学年第一学期心理健康工作培训计划');
    expect(rows.filter((r) => r[2]?.startsWith('朋辈辅导')).map((r) => [r[1], r[2]])).toEqual([
      ['2026-11-20', '朋辈辅导 P1'],
      ['2026-11-20', '朋辈辅导 P2'],
    ]);
    await s.ok(`mutation { setSubmissionDeadline(semester: "${SEM}", kind: NETWORK_ROSTER, dueOn: "2026-11-30") { dueOn } }`);
    expect((await list()).filter((r) => r.kind === 'NETWORK_ROSTER').map((r) => r.dueOn)).toEqual(['2026-11-30', '2026-11-30', '2026-11-30']);
    expect((await leaderCS.gql(`mutation { setSubmissionDeadline(semester: "${SEM}", kind: TRAINING_PLAN, dueOn: "2026-11-30") { dueOn } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("the leader's checklist: each requirement with its state, blocking gaps, days left or late", async () => {
    const d = await leaderCS.ok<{ collegeChecklist: { levels: string[]; items: Row[] } }>(
      `{ collegeChecklist(collegeCode: "CS", semester: "${SEM}") { levels items { key level done blocking count of daysLeft submission { kind state } } } }`,
    );
    const item = (key: string, level: string | null) => d.collegeChecklist.items.find((i) => i.key === key && i.level === level)!;
    expect(item('WORKING_GROUP', 'GRADUATE')).toMatchObject({ done: false, blocking: true, count: 1 });
    expect(item('WORKING_GROUP', 'UNDERGRADUATE')).toMatchObject({ done: true, blocking: false });
    expect(item('DORMS_WITHOUT_OFFICER', 'UNDERGRADUATE')).toMatchObject({ done: false, count: 1, of: 2 });
    expect(item('TRAINING_PLAN_SESSIONS', null)).toMatchObject({ done: true, count: 2 });
    const gradRoster = d.collegeChecklist.items.find((i) => i.key === 'SUBMISSION' && i.level === 'GRADUATE')!;
    // Clock 2026-11-05, roster due 2026-11-30.
    expect(gradRoster).toMatchObject({ done: false, daysLeft: 25, submission: { kind: 'NETWORK_ROSTER', state: 'NOT_STARTED' } });
  });

  it('days left are counted in the university time zone, the same in the list as on the checklist, and only while owed', async () => {
    const saved = clock;
    // 17:00 UTC on 5 November is already 6 November in Asia/Shanghai: 24 days to the 30th, not 25.
    clock = new Date('2026-11-05T17:00:00Z');
    try {
      const rows = await list();
      const grad = rows.find((r) => r.collegeCode === 'CS' && r.kind === 'NETWORK_ROSTER' && r.level === 'GRADUATE')!;
      expect(grad).toMatchObject({ state: 'NOT_STARTED', daysLeft: 24 });
      const d = await leaderCS.ok<{ collegeChecklist: { items: Row[] } }>(`{ collegeChecklist(collegeCode: "CS", semester: "${SEM}") { items { key level daysLeft } } }`);
      expect(d.collegeChecklist.items.find((i) => i.key === 'SUBMISSION' && i.level === 'GRADUATE')!.daysLeft).toBe(24);
      const settled = rows.filter((r) => r.state !== 'NOT_STARTED' && r.state !== 'RETURNED');
      expect(settled.length).toBeGreaterThan(0);
      expect(settled.map((r) => r.daysLeft)).toEqual(settled.map(() => null));
    } finally {
      clock = saved;
    }
  });

  it('tools read states and dates only', async () => {
    const t = await s.ok<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { name: "office-bi", scopes: [METRICS_READ] }) { token } }`);
    const tool = s.as(t.createApiToken.token);
    const rows = (await tool.ok<{ submissions: Row[] }>(`{ submissions(semester: "${SEM}") { collegeCode state late history { toState } } }`)).submissions;
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.history.length === 0)).toBe(true);
    const doc = await tool.gql(`{ submissionDocument(id: "CS:${SEM}:TRAINING_PLAN:-") { filename } }`);
    expect(doc.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
  it('exports the matrix as XLSX and CSV, filtered by state and level as on the page; a leader gets their college only; audited', async () => {
    const get = (path: string, token: string) => fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const all = await list();
    const res = await get(`/exports/submissions.xlsx?semester=${SEM}&lang=zh`, center.token);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain(`报送情况-${SEM}-`);
    const rows = await sheetRows(Buffer.from(await res.arrayBuffer()).toString('base64'));
    expect(rows[0]).toEqual(['学院代码', '学院名称', '报送材料', '培养层次', '状态', '版本', '截止日期', '是否逾期', '提交时间', '纸质版收到日期', '退回原因']);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual(
      all.map((x) => [x.collegeCode, { NOT_STARTED: '未提交', SUBMITTED: '已提交电子版', PAPER_RECEIVED: '已收纸质版', ACCEPTED: '已通过', RETURNED: '已退回' }[x.state as string], String(x.version)]),
    );
    // Filtered as the page is: state and level.
    const open = await get(`/exports/submissions.csv?semester=${SEM}&state=NOT_STARTED&level=UNDERGRADUATE&lang=en`, center.token);
    const csv = (await open.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(csv[0]).toBe('college_code,college_name,kind,level,state,version,due_on,late,submitted_at,paper_received_on,return_reason');
    const expected = all.filter((x) => x.state === 'NOT_STARTED' && x.level === 'UNDERGRADUATE');
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(expected.map((x) => x.collegeCode));
    expect(csv.slice(1).every((l) => l.includes(',NOT_STARTED,'))).toBe(true);
    // A leader: their own college's rows only.
    const mine = (await (await get(`/exports/submissions.csv?semester=${SEM}&lang=en`, leaderFL.token)).text()).trim().split('\n').slice(1);
    expect(mine.map((l) => l.split(',')[0])).toEqual(['FL', 'FL']);
    // A bad filter is refused with its name; nothing is exported.
    const bad = await get(`/exports/submissions.csv?semester=${SEM}&state=LOST&lang=en`, center.token);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('state must be one of NOT_STARTED');
    const audited = await s.sql<{ detail: string }>(`select detail from audit_event where action = 'submission.matrix.export' order by id`);
    expect(audited).toHaveLength(3);
    expect(JSON.parse(audited[1]!.detail)).toMatchObject({ format: 'csv', rows: expected.length, filter: { state: 'NOT_STARTED', level: 'UNDERGRADUATE' } });
  });
});
