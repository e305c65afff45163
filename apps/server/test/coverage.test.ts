import { today } from '../src/common/dates.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const Q = `query($level: NetworkLevel!) { networkCoverage(level: $level) { level
  total { collegeCode collegeName classes classesCovered dormitories dormitoriesCovered committeeMembers dormOfficers colleges collegesWithCompleteWorkingGroup collegesWithWorkstation classCoverage dormCoverage }
  colleges { collegeCode collegeName classes classesCovered dormitories dormitoriesCovered committeeMembers dormOfficers colleges collegesWithCompleteWorkingGroup collegesWithWorkstation classCoverage dormCoverage } } }`;

describe.each(ENGINES)('networkCoverage on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
    // A student who left: FL's only class loses its only enrolled student's dorm officer post.
    await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000006,学生六,F,FL-U1,D201,WITHDRAWN\n');
    // A committee member graduates: their appointment ends, the class keeps its other member.
    await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,dorm_code,status\n2023000002,学生二,M,CS-U1,D101,GRADUATED\n');
  });
  afterAll(() => s?.close());

  it('counts by hand: undergraduate', async () => {
    const d = await s.ok<{ networkCoverage: { total: Record<string, unknown>; colleges: Record<string, unknown>[] } }>(Q, { level: 'UNDERGRADUATE' });
    // CS: CS-U1 (2 enrolled, 1 active member: the other graduated) covered; CS-U2 (1 enrolled, 1 suspended)
    // not. D101 (1 enrolled left) has its officer, D102 none.
    // FL: its one student withdrew, so no active class or dorm: no row at all.
    expect(d.networkCoverage.colleges).toEqual([
      {
        collegeCode: 'CS', collegeName: '计算机学院', classes: 2, classesCovered: 1, dormitories: 2, dormitoriesCovered: 1,
        committeeMembers: 1, dormOfficers: 1, colleges: 1, collegesWithCompleteWorkingGroup: 1, collegesWithWorkstation: 1,
        classCoverage: 0.5, dormCoverage: 0.5,
      },
    ]);
    expect(d.networkCoverage.total).toMatchObject({ collegeCode: null, collegeName: null, classes: 2, colleges: 1, dormOfficers: 1 });
  });

  it('counts by hand: graduate (counselor serves undergraduates only → working group incomplete)', async () => {
    const d = await s.ok<{ networkCoverage: { colleges: Record<string, unknown>[] } }>(Q, { level: 'GRADUATE' });
    expect(d.networkCoverage.colleges).toEqual([
      {
        collegeCode: 'CS', collegeName: '计算机学院', classes: 1, classesCovered: 0, dormitories: 1, dormitoriesCovered: 0,
        committeeMembers: 0, dormOfficers: 0, colleges: 1, collegesWithCompleteWorkingGroup: 0, collegesWithWorkstation: 1,
        classCoverage: 0, dormCoverage: 0,
      },
    ]);
  });

  it('coverage history: week by week from appointment history', async () => {
    const d = await s.ok<{ coverageHistory: { points: Record<string, unknown>[] } }>(
      `{ coverageHistory(level: UNDERGRADUATE, from: "2024-10-21", to: "2024-11-10") { points { weekStart measuredOn classes classesCovered dormitories dormitoriesCovered classCoverage } } }`,
    );
    // Appointments began on 2024-10-28: nothing is covered on the first Sunday, CS-U1 and D101 from the next.
    expect(d.coverageHistory.points).toEqual([
      { weekStart: '2024-10-21', measuredOn: '2024-10-27', classes: 2, classesCovered: 0, dormitories: 2, dormitoriesCovered: 0, classCoverage: 0 },
      { weekStart: '2024-10-28', measuredOn: '2024-11-03', classes: 2, classesCovered: 1, dormitories: 2, dormitoriesCovered: 1, classCoverage: 0.5 },
      { weekStart: '2024-11-04', measuredOn: '2024-11-10', classes: 2, classesCovered: 1, dormitories: 2, dormitoriesCovered: 1, classCoverage: 0.5 },
    ]);
    // A range that runs into the future stops today: no figures for days that have not come.
    const now = today(process.env.TZ || 'Asia/Shanghai');
    const from = new Date(Date.parse(`${now}T00:00:00Z`) - 20 * 86400_000).toISOString().slice(0, 10);
    const future = await s.ok<{ coverageHistory: { to: string; points: { measuredOn: string }[] } }>(
      `query($f: String!) { coverageHistory(level: UNDERGRADUATE, from: $f, to: "2999-01-01") { to points { measuredOn } } }`,
      { f: from },
    );
    expect(future.coverageHistory.to).toBe(now);
    expect(future.coverageHistory.points.at(-1)?.measuredOn).toBe(now);
    expect(future.coverageHistory.points.every((p) => p.measuredOn <= now)).toBe(true);
    const bad = await s.gql(`{ coverageHistory(level: UNDERGRADUATE, semester: "2024-1") { from } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
