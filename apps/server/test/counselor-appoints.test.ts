import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

// A counselor runs the class election: they appoint and end committee members of their own classes
// (committeeWriteScope), and nothing else: dorm officers, the working group, the workstation and
// imports stay with the college.

const PW = 'a-long-password-1';
const APPOINT = `mutation($c: String!, $s: String!) {
  appointCommitteeMember(input: { classCode: $c, studentNo: $s, attestsService: true, attestsWellbeing: true }) { id active student { studentNo } } }`;
const END = `mutation($id: ID!) { endCommitteeMember(input: { id: $id, reason: RESIGNED }) { id active endReason } }`;
const MEMBERS = `query($c: String!, $l: NetworkLevel!) { roster(collegeCode: $c, level: $l) {
  classes { classGroup { code } committeeMembers { id student { studentNo } } } } }`;
const MY_ACCESS = `{ myAccess { writeScope { all collegeCodes classCodes dormCodes } canWriteRoster } }`;

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe.each(ENGINES)('a counselor appoints committee members of their own classes on %s', (engine) => {
  let s: TestServer;
  let counselor: Client;
  let other: Client;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    // T0000004 counsels CS-U1, CS-U2 and CS-G1; T0000005 (FL) counsels FL-U1.
    expect((await importCsv(s, 'CLASSES', 'code,name,college_code,level,grade,counselor_staff_no\nFL-U1,英语1班,FL,UNDERGRADUATE,2023,T0000005\n')).errors).toEqual([]);
    for (const [username, staffNo] of [
      ['counselor1', 'T0000004'],
      ['counselor2', 'T0000005'],
    ]) {
      await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username, password: PW, grants: [], staffNo } });
    }
    counselor = await s.login('counselor1', PW);
    other = await s.login('counselor2', PW);
  });
  afterAll(() => s?.close());

  it('myAccess: the write scope holds their classes only, and no roster write (imports) for them', async () => {
    expect(await counselor.ok(MY_ACCESS)).toEqual({
      myAccess: { writeScope: { all: false, collegeCodes: [], classCodes: ['CS-G1', 'CS-U1', 'CS-U2'], dormCodes: [] }, canWriteRoster: false },
    });
  });

  it('appoints and ends a committee member of their class, audited under their name', async () => {
    const a = await counselor.ok<{ appointCommitteeMember: { id: string; active: boolean; student: { studentNo: string } } }>(APPOINT, {
      c: 'CS-U2',
      s: '2023000004',
    });
    expect(a.appointCommitteeMember).toMatchObject({ active: true, student: { studentNo: '2023000004' } });
    const roster = await counselor.ok<{ roster: { classes: { classGroup: { code: string }; committeeMembers: { student: { studentNo: string } }[] }[] } }>(
      MEMBERS,
      { c: 'CS', l: 'UNDERGRADUATE' },
    );
    expect(roster.roster.classes.find((c) => c.classGroup.code === 'CS-U2')?.committeeMembers.map((m) => m.student.studentNo)).toEqual(['2023000004']);

    const e = await counselor.ok<{ endCommitteeMember: { active: boolean; endReason: string } }>(END, { id: a.appointCommitteeMember.id });
    expect(e.endCommitteeMember).toMatchObject({ active: false, endReason: 'RESIGNED' });

    const log = await s.ok<{ auditEvents: { items: { actorName: string; actorRoles: string; action: string; recordId: string; studentNo: string }[] } }>(
      `{ auditEvents(filter: { actor: "counselor1", action: "appointment.committee" }) { items { actorName actorRoles action recordId studentNo } } }`,
    );
    expect(log.auditEvents.items.map((x) => [x.actorName, x.action, x.studentNo]).sort()).toEqual([
      ['counselor1', 'appointment.committee.create', '2023000004'],
      ['counselor1', 'appointment.committee.end', '2023000004'],
    ]);
    expect(log.auditEvents.items.every((x) => x.actorRoles.includes('COUNSELOR'))).toBe(true);
  });

  it('follows the same rules as every appointment (a student of the class, at most two)', async () => {
    // 2023000006 is a student of FL-U1, not of CS-U1.
    expect(code(await counselor.gql(APPOINT, { c: 'CS-U1', s: '2023000006' }))).toBe('BAD_USER_INPUT');
    // CS-U1 already has two members from the fixture.
    expect(code(await counselor.gql(APPOINT, { c: 'CS-U1', s: '2023000003' }))).toBeDefined();
  });

  it("is FORBIDDEN for another counselor's class, both ways, to appoint and to end", async () => {
    expect(code(await counselor.gql(APPOINT, { c: 'FL-U1', s: '2023000006' }))).toBe('FORBIDDEN');
    expect(code(await other.gql(APPOINT, { c: 'CS-U2', s: '2023000004' }))).toBe('FORBIDDEN');
    const r = await s.ok<{ roster: { classes: { classGroup: { code: string }; committeeMembers: { id: string }[] }[] } }>(MEMBERS, {
      c: 'CS',
      l: 'UNDERGRADUATE',
    });
    const id = r.roster.classes.find((c) => c.classGroup.code === 'CS-U1')?.committeeMembers[0]?.id;
    expect(id).toBeDefined();
    expect(code(await other.gql(END, { id }))).toBe('FORBIDDEN');
    // The FL counselor appoints in their own class.
    expect(code(await other.gql(APPOINT, { c: 'FL-U1', s: '2023000006' }))).toBeUndefined();
  });

  it('is FORBIDDEN for dorm officers, the working group, the workstation and imports', async () => {
    expect(code(await counselor.gql(`mutation { appointDormOfficer(input: { dormCode: "D102", studentNo: "2023000003" }) { id } }`))).toBe('FORBIDDEN');
    const r = await s.ok<{ roster: { dormitories: { dormitory: { code: string }; officer: { id: string } | null }[] } }>(
      `{ roster(collegeCode: "CS", level: UNDERGRADUATE) { dormitories { dormitory { code } officer { id } } } }`,
    );
    const officer = r.roster.dormitories.find((d) => d.dormitory.code === 'D101')?.officer?.id;
    expect(code(await counselor.gql(`mutation($id: ID!) { endDormOfficer(input: { id: $id, reason: DISMISSED }) { id } }`, { id: officer }))).toBe('FORBIDDEN');
    expect(
      code(
        await counselor.gql(
          `mutation { upsertWorkingGroupMember(input: { collegeCode: "CS", staffNo: "T0000004", position: COUNSELOR, levels: [GRADUATE] }) { id } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(code(await counselor.gql(`mutation { setWorkstation(input: { collegeCode: "CS", room: "x", facilities: [] }) { room } }`))).toBe('FORBIDDEN');
    expect(
      code(
        await counselor.gql(`mutation($csv: String!) { importRoster(kind: COMMITTEE_MEMBERS, csv: $csv) { created } }`, {
          csv: 'class_code,student_no,appointed_on\nCS-U2,2023000004,2024-10-28\n',
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});
