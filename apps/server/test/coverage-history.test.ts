import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weeksOf } from '@carenet/domain';
import { findEdgeDrift, repairEdges } from '../src/modules/metrics/unit-counts.js';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

// Coverage history sums kept edges; these tests compare it, after every kind of write, with the rule
// applied the slow way: every unit active today, every measured day, every post.

const RANGE = { from: '2024-09-02', to: '2025-07-13' };
const HISTORY = `query($f: String!, $t: String!) { coverageHistory(level: UNDERGRADUATE, from: $f, to: $t) { points { measuredOn classes classesCovered dormitories dormitoriesCovered } } }`;

type Point = { measuredOn: string; classes: number; classesCovered: number; dormitories: number; dormitoriesCovered: number };

/** The points as the rule defines them, from the students and the posts themselves. */
async function slowWay(s: TestServer, college?: string): Promise<Point[]> {
  const where = college ? ` and col.code = '${college}'` : '';
  const active = async (units: string, col: string) =>
    (
      await s.sql<{ id: number }>(
        `select u.id from ${units} u join college col on col.id = u.college_id where u.level = 'UNDERGRADUATE'${where}
         and exists (select 1 from student st where st.${col} = u.id and st.status = 'ENROLLED')`,
      )
    ).map((r) => Number(r.id));
  const posts = (table: string, col: string) =>
    s.sql<{ unit: number; started_on: string; ended_on: string | null }>(`select ${col} as unit, started_on, ended_on from ${table}`);
  const covered = (units: number[], all: { unit: number; started_on: string; ended_on: string | null }[], day: string) =>
    units.filter((u) => all.some((p) => Number(p.unit) === u && p.started_on <= day && (p.ended_on === null || p.ended_on > day))).length;
  const [classes, dorms] = [await active('class_group', 'class_group_id'), await active('dormitory', 'dormitory_id')];
  const [cms, dos] = [await posts('committee_appointment', 'class_group_id'), await posts('dorm_officer_appointment', 'dormitory_id')];
  return weeksOf(RANGE).map((w) => ({
    measuredOn: w.measuredOn,
    classes: classes.length,
    classesCovered: covered(classes, cms, w.measuredOn),
    dormitories: dorms.length,
    dormitoriesCovered: covered(dorms, dos, w.measuredOn),
  }));
}

describe.each(ENGINES)('coverage history on %s', (engine) => {
  let s: TestServer;
  let leader: Client;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { username: 'fl-leader', password: 'leader-password-1', grants: [{ role: 'COLLEGE_LEADER', collegeCode: 'FL' }] },
    });
    leader = await s.login('fl-leader', 'leader-password-1');
  });
  afterAll(() => s?.close());

  const points = async (c: Client = s) => (await c.ok<{ coverageHistory: { points: Point[] } }>(HISTORY, { f: RANGE.from, t: RANGE.to })).coverageHistory.points;
  const agrees = async () => {
    expect((await findEdgeDrift(s.em())).drift).toEqual([]);
    expect(await points()).toEqual(await slowWay(s));
    expect(await points(leader)).toEqual(await slowWay(s, 'FL'));
  };
  const id = async (sql: string) => Number((await s.sql<{ id: number }>(sql))[0]!.id);

  it('follows appointments, ends, successors, backdating and units that empty and fill again', async () => {
    await agrees();
    const covered = async () => (await points()).map((p) => `${p.classesCovered}/${p.dormitoriesCovered}`);
    const before = await covered();

    // Two members of CS-U2 whose posts overlap: the class counts once while both run.
    expect((await importCsv(s, 'COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U2,2023000004,2024-09-16\n')).errors).toEqual([]);
    await s.sql(`update student set status = 'ENROLLED' where student_no = '2023000005'`);
    expect((await importCsv(s, 'COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U2,2023000005,2024-10-01\n')).errors).toEqual([]);
    await agrees();
    expect(await covered()).not.toEqual(before);

    // One of them ends on a past date through the API; the other ends later.
    const post = async (no: string) =>
      id(`select a.id from committee_appointment a join student st on st.id = a.student_id where st.student_no = '${no}' and a.ended_on is null`);
    const END = `mutation($i: EndAppointmentInput!) { endCommitteeMember(input: $i) { id } }`;
    await s.ok(END, { i: { id: String(await post('2023000004')), endedOn: '2024-11-11' } });
    await agrees();
    await s.ok(END, { i: { id: String(await post('2023000005')), endedOn: '2024-12-02', reason: 'RESIGNED' } });
    await agrees();

    // A successor who starts the day the last one ended: no gap in D201's coverage.
    await s.sql(`update dorm_officer_appointment set ended_on = '2024-12-16' where ended_on is null and dormitory_id = ?`, [await id(`select id from dormitory where code = 'D201'`)]);
    expect((await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000007,学生七,F,FL-U1,D201,ENROLLED\n')).errors).toEqual([]);
    expect((await importCsv(s, 'DORM_OFFICERS', 'dorm_code,student_no,appointed_on\nD201,2023000007,2024-12-16\n')).errors).toEqual([]);
    await agrees();

    // A DBA's fix made outside the application: a start moved back, a wrong post deleted.
    await s.sql(`update committee_appointment set started_on = '2024-09-02' where ended_on is null and class_group_id = ?`, [await id(`select id from class_group where code = 'CS-U1'`)]);
    await agrees();
    await s.sql(`delete from dorm_officer_appointment where student_id = ?`, [await id(`select id from student where student_no = '2023000001'`)]);
    await agrees();

    // FL-U1 empties: today's denominators and numerators both lose it, back to its first week.
    const leave = 'student_no,name,gender,class_code,dorm_code,status\n2023000006,学生六,F,FL-U1,D201,WITHDRAWN\n2023000007,学生七,F,FL-U1,D201,WITHDRAWN\n';
    expect((await importCsv(s, 'STUDENTS', leave)).errors).toEqual([]);
    await agrees();
    expect((await points(leader)).every((p) => p.classes === 0 && p.dormitoriesCovered === 0)).toBe(true);
    // One student comes back: the class and dorm count again, with the posts they had.
    expect((await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000006,学生六,F,FL-U1,D201,ENROLLED\n')).errors).toEqual([]);
    await agrees();
    expect((await points(leader)).some((p) => p.dormitoriesCovered === 1)).toBe(true);

    // A class moved to another college takes its history with it.
    await s.sql(`update class_group set college_id = (select id from college where code = 'FL') where code = 'CS-U2'`);
    await agrees();
  });

  it('verify finds an edge that differs from the posts, and repair rebuilds it', async () => {
    const unit = await id(`select id from class_group where code = 'CS-U1'`);
    await s.sql(`update coverage_edge set day = '2024-10-01' where kind = 'CLASS' and unit_id = ? and delta = 1`, [unit]);
    const { drift } = await findEdgeDrift(s.em());
    expect(drift).toEqual([
      { side: 'SOURCE', kind: 'CLASS', code: 'CS-U1', day: '2024-09-02', delta: 1 },
      { side: 'KEPT', kind: 'CLASS', code: 'CS-U1', day: '2024-10-01', delta: 1 },
    ]);
    await repairEdges(s.em());
    await agrees();
  });
});
