import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, snapshot, startServer, type TestServer } from './harness.js';

const APPOINT_CM = `mutation($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { id classCode startedOn active student { studentNo name } } }`;
const END_CM = `mutation($i: EndAppointmentInput!) { endCommitteeMember(input: $i) { id active endedOn endReason } }`;
const APPOINT_DO = `mutation($i: AppointDormOfficerInput!) { appointDormOfficer(input: $i) { id dormCode active student { studentNo } } }`;

describe.each(ENGINES)('appointments and the network rules on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
  });
  afterAll(() => s?.close());

  const attest = { attestsService: true, attestsWellbeing: true };

  it('refuses a third committee member with CONFLICT and writes nothing', async () => {
    const before = await snapshot(s);
    const r = await s.gql(APPOINT_CM, { i: { classCode: 'CS-U1', studentNo: '2023000003', ...attest } });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toMatch(/already has 2 committee members/);
    expect(await snapshot(s)).toEqual(before);
  });

  it('refuses a student who is not enrolled', async () => {
    const r = await s.gql(APPOINT_CM, { i: { classCode: 'CS-U2', studentNo: '2023000005', ...attest } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/not enrolled/);
  });

  it('refuses a student of another class', async () => {
    const r = await s.gql(APPOINT_CM, { i: { classCode: 'CS-U2', studentNo: '2023000003', ...attest } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/not a student of class CS-U2/);
  });

  it('requires both basic conditions to be attested', async () => {
    const r = await s.gql(APPOINT_CM, { i: { classCode: 'CS-U2', studentNo: '2023000004', attestsService: true, attestsWellbeing: false } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an officer who does not live in the dorm', async () => {
    const r = await s.gql(APPOINT_DO, { i: { dormCode: 'D102', studentNo: '2023000006' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/does not live in dorm D102/);
  });

  it('refuses a second officer for a dorm with CONFLICT', async () => {
    const r = await s.gql(APPOINT_DO, { i: { dormCode: 'D101', studentNo: '2023000002' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('dismissing keeps history and frees the post', async () => {
    const roster = await s.ok<{ roster: { classes: { classGroup: { code: string }; committeeMembers: { id: string; student: { studentNo: string } }[] }[] } }>(
      `{ roster(collegeCode: "CS", level: UNDERGRADUATE) { classes { classGroup { code } committeeMembers { id student { studentNo } } } } }`,
    );
    const cls = roster.roster.classes.find((c) => c.classGroup.code === 'CS-U1');
    const member = cls?.committeeMembers.find((m) => m.student.studentNo === '2023000002');
    expect(member).toBeDefined();
    const ended = await s.ok<{ endCommitteeMember: { active: boolean; endedOn: string; endReason: string } }>(END_CM, {
      i: { id: member?.id, reason: 'RESIGNED', endedOn: '2024-12-01' },
    });
    expect(ended.endCommitteeMember).toMatchObject({ active: false, endedOn: '2024-12-01', endReason: 'RESIGNED' });
    const again = await s.gql(END_CM, { i: { id: member?.id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const ok = await s.ok<{ appointCommitteeMember: { active: boolean; student: { studentNo: string } } }>(APPOINT_CM, {
      i: { classCode: 'CS-U1', studentNo: '2023000003', appointedOn: '2024-12-02', ...attest },
    });
    expect(ok.appointCommitteeMember).toMatchObject({ active: true, student: { studentNo: '2023000003' } });
    const history = await s.sql<{ n: number | string }>(
      `select count(*) as n from committee_appointment a join class_group c on c.id = a.class_group_id where c.code = 'CS-U1'`,
    );
    expect(Number(history[0]?.n)).toBe(3);
  });

  it('the database itself refuses a second active officer for a dorm', async () => {
    const ids = await s.sql<{ dorm: number; student: number }>(
      `select d.id as dorm, st.id as student from dormitory d, student st where d.code = 'D101' and st.student_no = '2023000002'`,
    );
    const { dorm, student } = ids[0] as { dorm: number; student: number };
    await expect(
      s.sql(
        `insert into dorm_officer_appointment (created_at, updated_at, dormitory_id, student_id, started_on) values (?, ?, ?, ?, '2024-12-01')`,
        [new Date(), new Date(), dorm, student],
      ),
    ).rejects.toThrow(/unique/i);
  });

  it('working group and workstation edits, with optimistic locking', async () => {
    const wg = await s.ok<{ upsertWorkingGroupMember: { position: string; levels: string[]; staff: { staffNo: string } } }>(
      `mutation { upsertWorkingGroupMember(input: { collegeCode: "CS", staffNo: "T0000004", position: COUNSELOR, levels: [UNDERGRADUATE, GRADUATE] }) { position levels staff { staffNo } } }`,
    );
    expect(wg.upsertWorkingGroupMember).toEqual({ position: 'COUNSELOR', levels: ['UNDERGRADUATE', 'GRADUATE'], staff: { staffNo: 'T0000004' } });
    const roster = await s.ok<{ roster: { missingPositions: string[]; hasWorkstation: boolean } }>(
      `{ roster(collegeCode: "CS", level: GRADUATE) { missingPositions hasWorkstation } }`,
    );
    expect(roster.roster).toEqual({ missingPositions: [], hasWorkstation: true });
    const fl = await s.ok<{ roster: { hasWorkstation: boolean } }>(`{ roster(collegeCode: "FL", level: UNDERGRADUATE) { hasWorkstation } }`);
    expect(fl.roster.hasWorkstation).toBe(false);

    const set = `mutation($v: Int) { setWorkstation(input: { collegeCode: "CS", room: "知行楼202", facilities: [SOFA, BOOKS], expectedVersion: $v }) { room facilities missingFacilities version } }`;
    const first = await s.ok<{ setWorkstation: { version: number; missingFacilities: string[] } }>(set, { v: 1 });
    expect(first.setWorkstation).toMatchObject({ version: 2, missingFacilities: ['TALK_TABLE_CHAIRS', 'TEA_TABLE'] });
    const stale = await s.gql(set, { v: 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('unknown codes are NOT_FOUND, not internal errors', async () => {
    const r = await s.gql(APPOINT_DO, { i: { dormCode: 'NOPE', studentNo: '2023000001' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
