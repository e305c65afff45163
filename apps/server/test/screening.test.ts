import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const SEM = '2026-2027-1';
const ROW = 'collegeCode suppressed screened flagged pending inProgress referred closed overdue';
const REPORT = `query($level: NetworkLevel!, $campaignId: ID, $semester: String) { screeningFollowUp(level: $level, campaignId: $campaignId, semester: $semester) {
  suppressedRows total { ${ROW} } colleges { ${ROW} } } }`;
const IMPORT = `mutation($id: ID!, $csv: String!, $dryRun: Boolean) { importScreeningResults(campaignId: $id, csv: $csv, dryRun: $dryRun) { created updated unchanged errors { row column message } } }`;
const FOLLOW_UPS = `query($filter: FollowUpFilter) { followUps(filter: $filter) { totalCount items { id studentNo status urgent overdue tier version steps { fromStatus toStatus note actor } } } }`;
const UPDATE = `mutation($id: ID!, $status: FollowUpStatus!, $note: String!, $to: ReferralTarget) { updateFollowUp(id: $id, status: $status, note: $note, referredTo: $to) { status referredTo steps { toStatus note } } }`;

const phq = (no: string, takenAt: string, answers: number[]) => `${no},${takenAt},${answers.join(',')}`;
const PHQ_HEAD = `student_no,taken_at,${Array.from({ length: 9 }, (_, i) => `q${i + 1}`).join(',')}`;
const UPI_HEAD = `学号,作答时间,${Array.from({ length: 60 }, (_, i) => `题${i + 1}`).join(',')}`;
const upi = (no: string, yes: number[]) => `${no},2026-10-10,${Array.from({ length: 60 }, (_, i) => (yes.includes(i + 1) ? '是' : '否')).join(',')}`;

type Row = Record<string, unknown>;

describe.each(ENGINES)('screening on %s', (engine) => {
  let s: TestServer;
  let clock = new Date('2026-10-12T00:00:00Z');
  let phqId = '';
  let upiId = '';
  let counselor: Client;
  let leader: Client;
  let committee: Client;
  let center: Client;
  const report = async (c: Client, level: string, vars: Row) => (await c.ok<{ screeningFollowUp: { total: Row; colleges: Row[]; suppressedRows: number } }>(REPORT, { level, ...vars })).screeningFollowUp;

  beforeAll(async () => {
    // Sessions outlive the clock's jumps between days.
    s = await startServer(engine, { SESSION_IDLE_MINUTES: '100000', SESSION_MAX_HOURS: '100000' }, { now: () => clock });
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
    const users = [
      ['center1', '{ role: CENTER_STAFF }', ''],
      ['leader-cs', '{ role: COLLEGE_LEADER, collegeCode: "CS" }', ''],
      ['counselor-zhao', '', 'staffNo: "T0000004"'],
      ['member-1', '', 'studentNo: "2023000001"'],
    ];
    for (const [u, grant, link] of users) {
      await s.ok(`mutation { createUser(input: { username: "${u}", password: "screening-pass-1", ${link} grants: [${grant}] }) { id } }`);
    }
    const clients = await Promise.all(users.map(([u]) => s.login(u!, 'screening-pass-1')));
    [center, leader, counselor, committee] = clients as unknown as [Client, Client, Client, Client];
    const a = await center.ok<{ createScreeningCampaign: { id: string; followUpDays: number } }>(
      `mutation { createScreeningCampaign(input: { name: "2026秋季 PHQ-9", instrument: PHQ9, semester: "${SEM}" }) { id followUpDays } }`,
    );
    phqId = a.createScreeningCampaign.id;
    expect(a.createScreeningCampaign.followUpDays).toBe(7);
    const b = await center.ok<{ createScreeningCampaign: { id: string } }>(
      `mutation { createScreeningCampaign(input: { name: "2026级 UPI", instrument: UPI, semester: "${SEM}", levels: [UNDERGRADUATE] }) { id } }`,
    );
    upiId = b.createScreeningCampaign.id;
    const csv = [
      PHQ_HEAD,
      phq('2023000001', '2026-10-08', [3, 3, 3, 3, 0, 0, 0, 0, 0]), // 12: flagged, due 10-14 16:00Z
      phq('2023000003', '2026-10-09 10:00', [0, 0, 0, 0, 0, 0, 0, 0, 1]), // item 9: urgent, due 10-10 02:00Z
      phq('2023000004', '2026-10-08', [1, 1, 1, 1, 1, 0, 0, 0, 0]), // 5: not flagged
      phq('2023000006', '2026-10-08', [3, 3, 3, 3, 3, 0, 0, 0, 0]), // FL, flagged
      phq('S2024000001', '2026-10-08', [3, 3, 3, 1, 0, 0, 0, 0, 0]), // graduate, 10: flagged
    ].join('\n');
    const r = await center.ok<{ importScreeningResults: Row }>(IMPORT, { id: phqId, csv });
    expect(r.importScreeningResults).toMatchObject({ created: 5, updated: 0, unchanged: 0, errors: [] });
    const u = await center.ok<{ importScreeningResults: Row }>(IMPORT, { id: upiId, csv: [UPI_HEAD, upi('2023000001', [25]), upi('2023000004', [1, 2, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 21, 22, 23, 24])].join('\n') });
    expect(u.importScreeningResults).toMatchObject({ created: 2, errors: [] });
  });
  afterAll(() => s?.close());

  it('counts one campaign and a whole semester by hand, with overdue from the injected clock', async () => {
    // At 10-12 00:00Z only the urgent follow-up (due 10-10 02:00Z) is overdue.
    const ug = await report(s, 'UNDERGRADUATE', { campaignId: phqId });
    expect(ug.colleges).toEqual([
      { collegeCode: 'CS', suppressed: false, screened: 3, flagged: 2, pending: 2, inProgress: 0, referred: 0, closed: 0, overdue: 1 },
      { collegeCode: 'FL', suppressed: false, screened: 1, flagged: 1, pending: 1, inProgress: 0, referred: 0, closed: 0, overdue: 0 },
    ]);
    expect(ug.total).toEqual({ collegeCode: null, suppressed: false, screened: 4, flagged: 3, pending: 3, inProgress: 0, referred: 0, closed: 0, overdue: 1 });
    const grad = await report(s, 'GRADUATE', { campaignId: phqId });
    expect(grad.colleges).toEqual([{ collegeCode: 'CS', suppressed: false, screened: 1, flagged: 1, pending: 1, inProgress: 0, referred: 0, closed: 0, overdue: 0 }]);
    // The semester: 2023000001 is screened twice and flagged twice but counts once; UPI 2023000004 is class II only.
    const sem = await report(s, 'UNDERGRADUATE', { semester: SEM });
    expect(sem.colleges[0]).toEqual({ collegeCode: 'CS', suppressed: false, screened: 3, flagged: 2, pending: 3, inProgress: 0, referred: 0, closed: 0, overdue: 1 });
    clock = new Date('2026-10-15T00:00:00Z');
    const later = await report(s, 'UNDERGRADUATE', { campaignId: phqId });
    expect(later.total.overdue).toBe(3);
    clock = new Date('2026-10-12T00:00:00Z');
  });

  it('a counselor works their list: urgent and overdue first, start → refer → close, each step with a note; illegal steps refused', async () => {
    const list = await counselor.ok<{ followUps: { totalCount: number; items: Row[] } }>(FOLLOW_UPS, { filter: { campaignId: phqId } });
    // Only their own classes' students (FL's 2023000006 is not theirs), the overdue urgent one first.
    expect(list.followUps.items.map((f) => [f.studentNo, f.urgent, f.overdue])).toEqual([
      ['2023000003', true, true],
      ['2023000001', false, false],
      ['S2024000001', false, false],
    ]);
    const id = list.followUps.items[0]!.id as string;
    await counselor.ok(UPDATE, { id, status: 'IN_PROGRESS', note: '已约谈，学生情绪稳定' });
    const noTarget = await counselor.gql(UPDATE, { id, status: 'REFERRED', note: '建议就医' });
    expect(noTarget.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referredTo' });
    await counselor.ok(UPDATE, { id, status: 'REFERRED', note: '转介至医院', to: 'HOSPITAL' });
    const back = await counselor.gql(UPDATE, { id, status: 'IN_PROGRESS', note: 'x' });
    expect(back.errors?.[0]).toMatchObject({ message: 'a REFERRED follow-up cannot become IN_PROGRESS; it can become CLOSED', extensions: { code: 'BAD_USER_INPUT', field: 'status' } });
    const empty = await counselor.gql(UPDATE, { id, status: 'CLOSED', note: '  ' });
    expect(empty.errors?.[0]?.extensions?.field).toBe('note');
    const closed = await counselor.ok<{ updateFollowUp: Row }>(UPDATE, { id, status: 'CLOSED', note: '医院已接诊，结案' });
    expect(closed.updateFollowUp).toMatchObject({ status: 'CLOSED', referredTo: 'HOSPITAL' });
    expect((closed.updateFollowUp.steps as Row[]).map((x) => x.toStatus)).toEqual(['IN_PROGRESS', 'REFERRED', 'CLOSED']);
    const ug = await report(s, 'UNDERGRADUATE', { campaignId: phqId });
    expect(ug.colleges[0]).toMatchObject({ collegeCode: 'CS', pending: 1, closed: 1, overdue: 0 });
    // A leader reads follow-ups but does not work them.
    const leaderTries = await leader.gql(UPDATE, { id: list.followUps.items[1]!.id, status: 'IN_PROGRESS', note: 'x' });
    expect(leaderTries.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('who sees what: committee members nothing, leaders tiers but no answers, counselors their classes, every individual read audited', async () => {
    for (const q of [FOLLOW_UPS, `{ screeningResult(id: "1") { total } }`, `{ screeningFollowUp(level: UNDERGRADUATE, semester: "${SEM}") { total { screened } } }`]) {
      const r = await committee.gql(q);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await committee.ok<{ alerts: Row }>(`{ alerts { unread } }`)).alerts).toEqual({ unread: 0 });
    const leaderList = await leader.ok<{ followUps: { items: Row[] } }>(FOLLOW_UPS, { filter: { campaignId: upiId } });
    expect(leaderList.followUps.items.map((f) => [f.studentNo, f.tier])).toEqual([['2023000001', 'I']]);
    expect((await leader.gql(`{ screeningResult(id: "1") { answers } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await s.gql(FOLLOW_UPS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ids = await s.sql<{ id: number; student_no: string }>(`select r.id, s.student_no from screening_result r join student s on s.id = r.student_id where r.campaign_id = ? order by s.student_no`, [Number(phqId)]);
    const own = ids.find((r) => r.student_no === '2023000003')!;
    const other = ids.find((r) => r.student_no === '2023000006')!;
    const read = await counselor.ok<{ screeningResult: Row }>(`{ screeningResult(id: "${own.id}") { answers total urgent reasons ruleVersion disclaimer } }`);
    expect(read.screeningResult).toMatchObject({ answers: [0, 0, 0, 0, 0, 0, 0, 0, 1], total: 1, urgent: true, reasons: ['PHQ9_ITEM_9'], ruleVersion: 'PHQ9-1' });
    expect(read.screeningResult.disclaimer).toMatch(/not a diagnosis/);
    expect((await counselor.gql(`{ screeningResult(id: "${other.id}") { total } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const audit = await s.sql<{ action: string; actor_name: string; student_no: string | null }>(
      `select action, actor_name, student_no from audit_event where action in ('screening.result.read', 'screening.followUp.read') order by id`,
    );
    expect(audit).toContainEqual({ action: 'screening.result.read', actor_name: 'counselor-zhao', student_no: '2023000003' });
    expect(audit.filter((a) => a.action === 'screening.followUp.read').map((a) => a.actor_name)).toEqual(expect.arrayContaining(['counselor-zhao', 'leader-cs']));
  });

  it('an urgent result alerts its counselor, the leaders and the Center at once; read marks clear the count', async () => {
    for (const c of [counselor, leader, center]) {
      const a = await c.ok<{ alerts: { unread: number; items: { id: string; followUp: Row }[] } }>(`{ alerts { unread items { id followUp { studentNo urgent } } } }`);
      expect(a.alerts.unread).toBe(1);
      expect(a.alerts.items[0]!.followUp).toEqual({ studentNo: '2023000003', urgent: true });
    }
    const a = await counselor.ok<{ alerts: { items: { id: string }[] } }>(`{ alerts { items { id } } }`);
    expect((await counselor.ok<{ markAlertsRead: number }>(`mutation($ids: [ID!]!) { markAlertsRead(ids: $ids) }`, { ids: [a.alerts.items[0]!.id] })).markAlertsRead).toBe(1);
    expect((await counselor.ok<{ alerts: { unread: number } }>(`{ alerts { unread } }`)).alerts.unread).toBe(0);
    expect((await leader.ok<{ alerts: { unread: number } }>(`{ alerts { unread } }`)).alerts.unread).toBe(1);
  });

  it('withholds small groups from tools; staff in scope see the numbers', async () => {
    const t = await s.ok<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { name: "bi", scopes: [METRICS_READ] }) { token } }`);
    const tool = s.as(t.createApiToken.token);
    const r = await report(tool, 'UNDERGRADUATE', { campaignId: phqId });
    expect(r.suppressedRows).toBe(2);
    expect(r.colleges[0]).toEqual({ collegeCode: 'CS', suppressed: true, screened: null, flagged: null, pending: null, inProgress: null, referred: null, closed: null, overdue: null });
    expect(r.total).toMatchObject({ screened: 0, flagged: 0 });
    expect((await report(leader, 'UNDERGRADUATE', { campaignId: phqId })).colleges).toHaveLength(1);
  });

  it('refuses a bad file whole with row and column; re-imports are unchanged; changed answers rescore and open a follow-up', async () => {
    const before = await s.sql(`select * from screening_result order by id`);
    const bad = [
      PHQ_HEAD,
      phq('9999999999', '2026-10-08', [0, 0, 0, 0, 0, 0, 0, 0, 0]),
      phq('2023000001', '2026-10-08', [0, 0, 4, 0, 0, 0, 0, 0, 0]),
      '2023000003,2026-10-08,0,0,0',
      phq('2023000004', 'last week', [0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ].join('\n');
    const r = await center.ok<{ importScreeningResults: { errors: Row[]; created: number } }>(IMPORT, { id: phqId, csv: bad });
    expect(r.importScreeningResults.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'student_no'],
      [3, 'q3'],
      [4, 'q4'],
      [5, 'taken_at'],
    ]);
    expect(await s.sql(`select * from screening_result order by id`)).toEqual(before);
    const noQ9 = await center.ok<{ importScreeningResults: { errors: Row[] } }>(IMPORT, { id: phqId, csv: PHQ_HEAD.replace(',q9', '') + '\n' });
    expect(noQ9.importScreeningResults.errors).toEqual([{ row: 1, column: 'q9', message: 'missing column "q9" (题9)' }]);
    const grad = await center.ok<{ importScreeningResults: { errors: Row[] } }>(IMPORT, { id: upiId, csv: [UPI_HEAD, upi('S2024000001', [])].join('\n') });
    expect(grad.importScreeningResults.errors[0]).toMatchObject({ row: 2, column: '学号' });
    const same = [PHQ_HEAD, phq('2023000001', '2026-10-08', [3, 3, 3, 3, 0, 0, 0, 0, 0]), phq('2023000004', '2026-10-08', [1, 1, 1, 1, 1, 0, 0, 0, 0])].join('\n');
    expect((await center.ok<{ importScreeningResults: Row }>(IMPORT, { id: phqId, csv: same })).importScreeningResults).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const dry = await center.ok<{ importScreeningResults: Row }>(IMPORT, { id: phqId, csv: same.replace('1,1,1,1,1,0,0,0,0', '3,3,3,3,0,0,0,0,0'), dryRun: true });
    expect(dry.importScreeningResults).toMatchObject({ updated: 1 });
    expect(await s.sql(`select * from screening_result order by id`)).toEqual(before);
    await center.ok(IMPORT, { id: phqId, csv: same.replace('1,1,1,1,1,0,0,0,0', '3,3,3,3,0,0,0,0,0') });
    const ug = await report(s, 'UNDERGRADUATE', { campaignId: phqId });
    expect(ug.colleges[0]).toMatchObject({ collegeCode: 'CS', screened: 3, flagged: 3, pending: 2, closed: 1 });
    const audit = await s.sql<{ detail: string }>(`select detail from audit_event where action = 'screening.import' order by id desc limit 1`);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ updated: 1, followUpsOpened: 1, rescored: ['2023000004'] });
    const preview = await center.ok<{ rescoreScreeningResults: Row }>(`mutation { rescoreScreeningResults(campaignId: "${phqId}") { ruleVersion dryRun results changed } }`);
    expect(preview.rescoreScreeningResults).toEqual({ ruleVersion: 'PHQ9-1', dryRun: true, results: 5, changed: 0 });
  });
});
